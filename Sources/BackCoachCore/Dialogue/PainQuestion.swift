/// A pain rating the coach asked for around a routine.
indirect enum PainQuestion {
    /// Before a routine: the routine starts once the rating is given or skipped.
    case before(RoutineRequest, intent: IntentID?)
    /// After a routine: the conversation goes on in `then`.
    case after(then: DialogueState)

    /// Where the conversation goes once the question is answered or passed over.
    var then: DialogueState {
        switch self {
        case .before: .idle
        case .after(let then): then
        }
    }
}

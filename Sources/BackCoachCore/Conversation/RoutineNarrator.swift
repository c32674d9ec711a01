/// Puts a routine's events into words: the one place that turns what a `RoutineRunner` did into text.
public struct RoutineNarrator: Sendable {
    /// The knowledge base the names and cues come from.
    public let knowledge: KnowledgeBase

    /// Makes a narrator.
    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// The lines to say for some events, in order.
    public func lines(for events: [RoutineEvent]) -> [String] {
        events.map(line)
    }

    /// What to say for one event.
    public func line(for event: RoutineEvent) -> String {
        switch event {
        case .stepStarted(let step, let first): describe(step, withCues: first)
        case .timeUp(let step): Messages.timedStepDone(step)
        case .atFirstStep: Messages.atFirstStep
        case .paused: Messages.paused
        case .resumed: Messages.resumed
        case .notPaused: Messages.notPaused
        case .stoppedForPain(let exercise): Messages.painStop(name(exercise, spoken: true))
        }
    }

    /// A step in words: where you are, what to do, and the exercise's cues when it starts.
    public func describe(_ step: RoutineStep, withCues: Bool) -> String {
        let perLeg = knowledge.exercise(id: step.exercise)?.dose.sides == .eachLeg
        var text = Messages.step(step, name: name(step.exercise, spoken: false), perLeg: perLeg)
        if withCues, let cues = knowledge.exercise(id: step.exercise)?.cues {
            text += "\n" + cues.map { "  • \($0.credited)" }.joined(separator: "\n")
        }
        return text
    }

    /// An exercise's display name ("Clam shells") or, spoken in a sentence, its lower-case name.
    public func name(_ id: ExerciseID, spoken: Bool) -> String {
        guard let exercise = knowledge.exercise(id: id) else { return id.rawValue }
        return spoken ? exercise.spokenName : exercise.name
    }
}

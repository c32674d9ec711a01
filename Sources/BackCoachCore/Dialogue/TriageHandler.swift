/// Asks the short question that tells whether a vague mention of a red-flag symptom ("my leg went numb", "I had a
/// fall") is one, and reads the answer: yes sends the person to a doctor, no goes back to where the conversation
/// was, and anything else asks again — never "I didn't understand", never an exercise.
struct TriageHandler {
    let director: RoutineDirector
    let intents: IntentSet

    /// Asks the question of a vague symptom; a running routine pauses until it is answered.
    func ask(_ finding: RedFlagDetector.Finding, input: String, from state: DialogueState, explanation: Explanation?) -> Outcome {
        if case .inRoutine(let session) = state { _ = session.runner.pause() }
        let question = finding.symptom.question ?? ""
        return Outcome(reply: Reply(input: input, understood: true, intent: finding.intent.id, text: question,
                                    offer: question, explanation: explanation),
                       next: .triaging(finding, then: state))
    }

    /// Reads the answer to the question.
    func answer(_ turn: Turn, finding: RedFlagDetector.Finding, then state: DialogueState) -> Outcome {
        let question = finding.symptom.question ?? ""
        switch turn.action(in: intents) {
        case .affirm:
            return escalate(turn, finding: finding, from: state)
        case .decline:
            var text = Messages.triageCleared
            if case .inRoutine = state { text += "\n" + Messages.paused }
            return Outcome(reply: Reply(input: turn.input, intent: turn.best?.intent, text: text, explanation: turn.explanation), next: state)
        default:
            return Outcome(reply: Reply(input: turn.input, understood: true, intent: finding.intent.id, text: Messages.triageAgain(question),
                                        offer: question, explanation: turn.explanation),
                           next: .triaging(finding, then: state))
        }
    }

    /// A yes: the urgent answer of the level the question escalates to; a paused routine ends.
    private func escalate(_ turn: Turn, finding: RedFlagDetector.Finding, from state: DialogueState) -> Outcome {
        let level = finding.symptom.escalatesTo ?? .urgent
        let urgent = intents.intents.first { $0.redFlag == level }
        var text = AnswerTemplate.render(urgent?.answer ?? "", values: ["symptom": finding.symptom.name])
        if case .inRoutine(let session) = state {
            session.runner.stop()
            text += "\n\n" + director.finish(session, outcome: .redFlag).text
        }
        return Outcome(reply: Reply(input: turn.input, understood: true, intent: urgent?.id ?? finding.intent.id, confidence: 1, urgent: true,
                                    text: text, explanation: turn.explanation), next: .idle)
    }
}

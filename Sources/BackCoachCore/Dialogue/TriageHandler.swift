/// Asks the short question that tells whether a vague mention of a red-flag symptom ("my leg went numb", "I had a
/// fall") is one, and reads the answer: yes sends the person to a doctor, no goes back to where the conversation
/// was, and anything else asks again — never "I didn't understand", never an exercise.
struct TriageHandler {
    let director: RoutineDirector
    let matcher: IntentMatcher
    var intents: IntentSet { matcher.intents }

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
        let answer = yesOrNo(in: turn)
        switch answer.flatMap({ intents.intent($0)?.action }) {
        case .affirm:
            return escalate(turn, finding: finding, from: state)
        case .decline:
            // A no that tells of another vague warning sign asks about that one: "no, but my leg has gone numb".
            if let other = turn.result.redFlag, other.symptom.name != finding.symptom.name {
                return ask(other, input: turn.input, from: state, explanation: turn.explanation)
            }
            var text = Messages.triageCleared
            if case .inRoutine = state { text += "\n" + Messages.paused }
            return Outcome(reply: Reply(input: turn.input, intent: answer, text: text, explanation: turn.explanation), next: state)
        default:
            // An answer that is neither, and asks nothing, may finish the sentence: "both legs and a bit down below too".
            if turn.best == nil, matcher.escalation(answering: turn.input, asked: finding) != nil {
                return escalate(turn, finding: finding, from: state)
            }
            return Outcome(reply: Reply(input: turn.input, understood: true, intent: finding.intent.id, text: Messages.triageAgain(question),
                                        offer: question, explanation: turn.explanation),
                           next: .triaging(finding, then: state))
        }
    }

    /// The line's yes or no to the question: the one that leads it, though the rest of the answer tells more ("yeah,
    /// off the stepladder, and my back's been sore ever since"), or its reading.
    private func yesOrNo(in turn: Turn) -> IntentID? {
        if let leading = turn.result.leadingAnswer { return leading }
        guard let best = turn.best, let action = intents.intent(best.intent)?.action, [.affirm, .decline].contains(action) else { return nil }
        return best.intent
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
        let warned = RedFlagDetector.Finding(intent: urgent ?? finding.intent, symptom: finding.symptom, evidence: finding.evidence)
        return Outcome(reply: Reply(input: turn.input, understood: true, intent: warned.intent.id, confidence: 1, urgent: true,
                                    text: text, explanation: turn.explanation), next: .warned(warned))
    }
}

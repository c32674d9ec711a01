/// Reads the reply to "your pain, 0 to 10?" asked around a routine: a rating is recorded (before a routine, 8 or
/// more brings the advice instead of the routine), Enter or "skip" passes; after a routine, any other line is read
/// as a fresh line.
struct PainQuestionHandler {
    let director: RoutineDirector
    let pain: PainRecorder
    let intents: IntentSet

    /// Words that pass over the question.
    static let skipWords: Set<String> = ["skip", "pass", "no", "nope", "later", "dunno"]

    /// The outcome, or nil when the line answers something else and is to be read in `question.then`.
    func respond(to turn: Turn, question: PainQuestion) -> Outcome? {
        let words = turn.result.line.tokens.map(\.text)
        let skipped = words.isEmpty || (words.count <= 2 && words.contains { Self.skipWords.contains($0) })
        let rating = skipped ? nil : PainRatingReader.rating(in: words)
        switch question {
        case .before(let request, let intent):
            if let rating {
                let recorded = pain.record(rating, moment: .beforeRoutine)
                if recorded.advised {
                    return Outcome(reply: Reply(input: turn.input, intent: intent, text: recorded.text + "\n" + Messages.routineHeldBack), next: .idle)
                }
                return prefixed(recorded.text, director.start(request, input: turn.input, intent: intent, asking: false))
            }
            if !skipped, let action = turn.action(in: intents), [.decline, .stopRoutine, .leave].contains(action) {
                return Outcome(reply: Reply(input: turn.input, intent: turn.best?.intent, text: Messages.offerDeclined), next: .idle)
            }
            return prefixed(Messages.painSkipped, director.start(request, input: turn.input, intent: intent, asking: false))
        case .after(let then):
            if let rating {
                return Outcome(reply: Reply(input: turn.input, intent: nil, text: pain.record(rating, moment: .afterRoutine).text), next: then)
            }
            guard skipped else { return nil }
            return Outcome(reply: Reply(input: turn.input, intent: nil, text: Messages.painSkipped), next: then)
        }
    }

    private func prefixed(_ lead: String, _ outcome: Outcome) -> Outcome {
        var outcome = outcome
        outcome.reply.text = lead + "\n" + outcome.reply.text
        return outcome
    }
}

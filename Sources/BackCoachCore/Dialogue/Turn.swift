/// One line of the conversation, read once: the sanitised text, what the matcher made of it, and why.
struct Turn {
    /// The line, sanitised.
    let input: String
    /// The match, with the analysed line.
    let result: MatchResult
    /// How it was matched, for `explain` and `--explain`.
    let explanation: Explanation
    /// The reading the dialogue chose, when it is not simply the best one.
    private let chosen: Candidate?

    /// Makes a turn; `chosen` overrides the matcher's best reading.
    init(input: String, result: MatchResult, explanation: Explanation, chosen: Candidate? = nil) {
        self.input = input
        self.result = result
        self.explanation = explanation
        self.chosen = chosen
    }

    /// The reading to answer: the dialogue's choice, or the best intent when one clears the threshold.
    var best: Candidate? { chosen ?? result.best }

    /// What the best intent asks the coach to do; nil when nothing was understood.
    func action(in intents: IntentSet) -> IntentAction? {
        best.flatMap { intents.intent($0.intent)?.action }
    }
}

/// What handling a line produced: the reply, and the state the conversation moves to.
struct Outcome {
    /// The reply to the line.
    var reply: Reply
    /// The next state.
    var next: DialogueState
}

/// What the conversation so far lends to a follow-up line.
public struct MatchContext: Sendable, Hashable {
    /// The intent of the last answer.
    public var lastIntent: String?
    /// The exercise last talked about.
    public var exercise: String?
    /// The target last talked about.
    public var target: String?
    /// Where in the dialogue the line is heard: intents heard only elsewhere are not considered.
    public var heard: Set<DialogueContext>

    /// A context with nothing in it.
    public init(lastIntent: String? = nil, exercise: String? = nil, target: String? = nil, heard: Set<DialogueContext> = []) {
        self.lastIntent = lastIntent
        self.exercise = exercise
        self.target = target
        self.heard = heard
    }
}

/// What the conversation so far lends to a follow-up line.
public struct MatchContext: Sendable, Hashable {
    /// The intent of the last answer.
    public var lastIntent: IntentID?
    /// The exercise last talked about.
    public var exercise: ExerciseID?
    /// The target last talked about.
    public var target: String?
    /// Where in the dialogue the line is heard: intents heard only elsewhere are not considered.
    public var heard: Set<DialogueContext>

    /// A context with nothing in it.
    public init(lastIntent: IntentID? = nil, exercise: ExerciseID? = nil, target: String? = nil, heard: Set<DialogueContext> = []) {
        self.lastIntent = lastIntent
        self.exercise = exercise
        self.target = target
        self.heard = heard
    }
}

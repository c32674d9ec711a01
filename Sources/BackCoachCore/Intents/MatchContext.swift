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
    /// The symptom whose triage question waits for an answer: the answer may name it again ("no, just pins and
    /// needles from kneeling") without being asked about it again.
    public var askedAbout: String?
    /// Whether the coach has just given urgent advice: a yes may lead a line that goes on to say why ("yes nothing
    /// helps, I've tried every position").
    public var answersWarning = false

    /// A context with nothing in it.
    public init(lastIntent: IntentID? = nil, exercise: ExerciseID? = nil, target: String? = nil, heard: Set<DialogueContext> = []) {
        self.lastIntent = lastIntent
        self.exercise = exercise
        self.target = target
        self.heard = heard
    }
}

/// One intent the matcher considered for a line, with its score and the evidence for it.
public struct Candidate: Sendable, Hashable {
    /// The intent's id.
    public let intent: IntentID
    /// Confidence from 0 to 1.
    public let score: Double
    /// Typed words and the keyword or entity each matched: "reps → rep".
    public let evidence: [Evidence]
    /// The exercise the answer is about, if any.
    public let exercise: ExerciseID?
    /// The target the answer is about, if any.
    public let target: String?
    /// Where the exercise came from.
    public let exerciseSource: EntitySource?
    /// The entity the intent needs and the line lacks, if any: the coach asks for it.
    public let missing: EntityKind?

    /// Where an entity of the answer came from.
    public enum EntitySource: String, Sendable, Hashable, Codable {
        /// Named in the line.
        case line
        /// Implied by a target named in the line (hamstrings: the hamstring stretch).
        case target
        /// Carried over from the conversation.
        case context
    }

    /// A typed word or phrase and what it matched.
    public struct Evidence: Sendable, Hashable, Codable {
        /// The words as typed.
        public let typed: String
        /// The keyword or entity name it matched.
        public let matched: String
        /// `keyword`, `optional keyword`, `exercise`, `target` or `follow-up`.
        public let role: String
    }
}

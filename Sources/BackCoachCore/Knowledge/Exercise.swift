/// One exercise from the article, with every fact the article gives about it.
public struct Exercise: Sendable, Hashable, Identifiable {
    /// Stable id used in intents, JSON and the session log, e.g. `clam-shell`.
    public let id: ExerciseID
    /// Display name, plural as the article titles it: "Clam shells".
    public let name: String
    /// Name in a sentence, lower case: "clam shells".
    public let spokenName: String
    /// Its role in a session.
    public let kind: ExerciseKind
    /// Ids of the targets (body parts, conditions, goals) it helps, from the targets vocabulary.
    public let targets: [String]
    /// One-line summary of what it is.
    public let summary: Fact
    /// What it works and why it helps.
    public let benefits: [Fact]
    /// How to do it, step by step.
    public let steps: [Fact]
    /// The article's quoted instructions, when it quotes a source.
    public let quotedInstructions: Fact?
    /// How much to do.
    public let dose: Dose
    /// How to progress, when the article says.
    public let progression: [Fact]
    /// What to avoid while doing it.
    public let cautions: [Fact]
    /// Short cues shown during a routine step.
    public let cues: [Fact]
}

/// One intent as an author defined it in an `Intents/*.yaml` file.
public struct IntentDefinition: Sendable, Hashable, Identifiable {
    /// Unique name, reported as `intent` in JSON: `dose`.
    public let id: IntentID
    /// What the intent answers, for people reading lints and help.
    public let description: String
    /// How the coach names this intent when asking which one was meant: "the dose for {exercise}".
    public let askBack: String?
    /// Keyword groups that must all match: each group is satisfied by any one of its phrases.
    public let required: [[Phrase]]
    /// Keywords that add confidence but are not needed.
    public let optional: [Phrase]
    /// Keywords that rule the intent out.
    public let negative: [Phrase]
    /// Words of a state ("stiff", "aching") that, said of a target in the same clause and not denied, make a line a
    /// statement this intent answers even without a question: "my lower back is stiff after sitting".
    public let statement: [Phrase]
    /// States of the back that need no target named ("stiff", "achy"; not "knackered"): said with one of
    /// `statementCauses`, they make a statement about `statementTarget`.
    public let statementAlone: [Phrase]
    /// Causes ("after sitting", "woke up") or contrasts ("just") that make a `statementAlone` word a statement:
    /// "stiff as a board after a day in the garden", "no numbness, just stiff".
    public let statementCauses: [Phrase]
    /// The target a caused statement with no target is about: `lower-back`.
    public let statementTarget: String?
    /// Whether the answer needs an exercise.
    public let exercise: EntityRequirement
    /// Whether the answer needs a target (body part, condition or goal).
    public let target: EntityRequirement
    /// Whether "what about X?" after this intent asks the same thing about X.
    public let followUp: Bool
    /// Added to the score, in hundredths, to settle near ties.
    public let priority: Int
    /// Whether a match at `IntentMatcher.vetoThreshold` already wins over every other intent but red flags: medication,
    /// surgery and diagnosis questions are never answered with an exercise.
    public let veto: Bool
    /// What the coach does when this intent is recognised.
    public let action: IntentAction
    /// Where the intent can be heard; nil for everywhere.
    public let heardIn: DialogueContext?
    /// The routine act this intent is in a routine: how to do the exercise being done is its instructions.
    public let routineAct: IntentAction?
    /// Which clauses of a line the intent must account for.
    public let wholeLine: WholeLine
    /// Whether the intent is a question or request: one that answers the line's closing clause outranks requests
    /// found only in clauses before it ("no worries there. what are clam shells?" asks what clam shells are).
    public let request: Bool
    /// Whether the coach offers to start a routine after this answer.
    public let offersRoutine: Bool
    /// The answer template; `{placeholders}` are filled from the knowledge base.
    public let answer: String
    /// Lines that must match this intent; the tests and `intents check` run them all.
    public let examples: [String]
    /// The file line of each example.
    public let exampleLines: [Int]
    /// For red-flag intents, how urgent; nil for every other intent.
    public let redFlag: RedFlagLevel?
    /// For red-flag intents, the symptoms that trigger them.
    public let symptoms: [Symptom]
    /// Where the intent was defined, for messages: `Intents/dose.yaml`.
    public let file: String
    /// The line of the `intent:` key in that file.
    public let line: Int

    /// How many keyword phrases the intent lists, in all its kinds.
    var keywordCount: Int { required.joined().count + optional.count + negative.count + statement.count + statementAlone.count + statementCauses.count }
}

/// A red-flag symptom and the word patterns that describe it.
public struct Symptom: Sendable, Hashable {
    /// How the coach names it back to the person: "numbness in the saddle area".
    public let name: String
    /// Alternative patterns; each is a list of groups that must all appear, un-negated, in one line.
    public let patterns: [[[Phrase]]]
    /// Words that show the clause means something else ("fell asleep").
    public let unless: [Phrase]
    /// Words that, anywhere in the line, show it means something else ("I haven't had cancer").
    public let unlessInLine: [Phrase]
    /// For a vague symptom (`red-flag: check`), the yes/no question that tells whether it is a red flag.
    public let question: String?
    /// For a vague symptom, how urgent a yes to its question is.
    public let escalatesTo: RedFlagLevel?
    /// Which lines the symptom is looked for in.
    public var scope: SymptomScope = .everyLine
    /// Whether a clinician's all-clear told after it settles it, as it does every vague symptom: a fall the emergency
    /// department checked, a fever the doctor saw off. Never a history of cancer, never an emergency.
    public var clearable = false
    /// Lasting conditions in its patterns that are true of the whole line, as a stated age is: "I've been on
    /// prednisolone for years. Yesterday I tripped on a raised bed" is a minor fall with long-term steroids.
    public var lineWide: [Phrase] = []

    /// How many phrases its patterns and unless-lists hold.
    var phraseCount: Int { patterns.joined().joined().count + unless.count + unlessInLine.count + lineWide.count }
}

/// Which lines a red-flag symptom is looked for in.
public enum SymptomScope: String, Sendable, Hashable {
    /// Every line, before any intent.
    case everyLine = "every-line"
    /// Only a line no intent understood: a warning-sign word there gets the triage question instead of "I didn't
    /// understand" ("I walk like a penguin since my back went").
    case unclearLines = "unclear-lines"
}

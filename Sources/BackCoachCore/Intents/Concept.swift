/// A named idea with the surface forms people use for it — words, phrases, idioms, clinical and everyday terms —
/// and the other senses that rule it out ("fever dream" is no fever). Intents, red-flag patterns and entity names
/// write `$name` for it, so one new wording helps everything that uses it.
public struct Concept: Sendable, Hashable {
    /// The name used as `$name`.
    public let name: String
    /// The ways people say it.
    public let forms: [Phrase]
    /// Phrases where a form means something else; a form inside one of them does not count.
    public let otherSenses: [Phrase]
    /// Where it was defined, for messages.
    public let file: String
    /// The line of its name in that file.
    public let line: Int
    /// The forms, each carrying the other senses that rule it out.
    let expandedForms: [Phrase]

    /// Makes a concept.
    public init(name: String, forms: [Phrase], otherSenses: [Phrase], file: String, line: Int) {
        self.name = name
        self.forms = forms
        self.otherSenses = otherSenses
        self.file = file
        self.line = line
        let senses = otherSenses.map(\.stems)
        expandedForms = forms.map { $0.withOtherSenses(senses) }
    }
}

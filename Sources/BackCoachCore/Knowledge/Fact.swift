/// One statement in the knowledge base, with where it comes from.
public struct Fact: Sendable, Hashable {
    /// The statement, in plain text.
    public let text: String
    /// Its origin: the article (or a source it quotes) or a marked standard cue.
    public let source: FactSource

    /// Makes a fact; the source defaults to the article's own words.
    public init(_ text: String, source: FactSource = .article) {
        self.text = text
        self.source = source
    }

    /// The text followed by its credit, when it has one: "… (WebMD)".
    public var credited: String {
        guard let credit = source.credit else { return text }
        return "\(text) (\(credit))"
    }
}

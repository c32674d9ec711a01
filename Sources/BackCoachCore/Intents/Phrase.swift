/// A keyword or name of one or more words, stored as stems so it matches plurals and typos the same way.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    /// The phrase as written in the intent file.
    public let text: String
    /// The stems of its words, in order.
    public let stems: [String]

    /// Makes a phrase from text as an intent author wrote it.
    public init(_ text: String) {
        self.text = text
        self.stems = TextNormalizer.tokens(text).map(\.stem)
    }

    /// The phrase as written.
    public var description: String { text }
}

/// A line read once for matching: tokens, typo corrections, negations and the entities it names.
public struct AnalyzedLine: Sendable {
    /// The tokens, in order.
    public let tokens: [Token]
    /// Each token's stem after typo correction: what keywords are compared with.
    public let words: [String]
    /// Whether each token is a filler word that carries no meaning.
    public let isFiller: [Bool]
    /// Whether each token sits inside a negation ("no numbness").
    public let isNegated: [Bool]
    /// Whether each token is a word the intents know.
    public let isKnown: [Bool]
    /// The typos that were read as known words.
    public let corrections: [Correction]
    /// Entities named in the line, longest names first, never overlapping.
    public let mentions: [EntityMention]

    /// The positions where a phrase occurs, as ranges of tokens.
    public func occurrences(of phrase: Phrase) -> [Range<Int>] {
        let count = phrase.stems.count
        guard count > 0, count <= words.count else { return [] }
        var result: [Range<Int>] = []
        for start in 0...(words.count - count) where zip(words[start..<(start + count)], phrase.stems).allSatisfy({ $0 == $1 }) {
            result.append(start..<(start + count))
        }
        return result
    }

    /// The first mention of an entity kind.
    public func firstMention(_ kind: EntityKind) -> EntityMention? {
        mentions.first { $0.kind == kind }
    }

    /// The number of tokens that carry meaning.
    public var contentCount: Int { isFiller.filter { !$0 }.count }
}

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
    /// Where each word occurs, so a phrase is looked for only where its first word is.
    private let positions: [String: [Int]]

    /// Makes an analysed line; `LineAnalyzer` is the usual maker.
    public init(
        tokens: [Token], words: [String], isFiller: [Bool], isNegated: [Bool], isKnown: [Bool], corrections: [Correction],
        mentions: [EntityMention]
    ) {
        self.tokens = tokens
        self.words = words
        self.isFiller = isFiller
        self.isNegated = isNegated
        self.isKnown = isKnown
        self.corrections = corrections
        self.mentions = mentions
        positions = Self.index(words)
    }

    /// Where each word occurs.
    static func index(_ words: [String]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (position, word) in words.enumerated() { positions[word, default: []].append(position) }
        return positions
    }

    /// The positions where a phrase occurs, as ranges of tokens.
    public func occurrences(of phrase: Phrase) -> [Range<Int>] {
        Self.occurrences(of: phrase.stems, in: words, positions: positions)
    }

    /// The ranges where a run of stems occurs in words indexed by `positions`.
    static func occurrences(of stems: [String], in words: [String], positions: [String: [Int]]) -> [Range<Int>] {
        guard let first = stems.first, let starts = positions[first] else { return [] }
        var result: [Range<Int>] = []
        for start in starts where start + stems.count <= words.count {
            var matches = true
            for offset in 1..<stems.count where words[start + offset] != stems[offset] {
                matches = false
                break
            }
            if matches { result.append(start..<(start + stems.count)) }
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

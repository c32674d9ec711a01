/// A line read once for matching: tokens, typo corrections, negations and the entities it names.
public struct AnalyzedLine: Sendable {
    /// The tokens, in order.
    public let tokens: [Token]
    /// Each token's stem after typo correction: what keywords are compared with.
    public let words: [String]
    /// Whether each token is a filler word that carries no meaning.
    public let isFiller: [Bool]
    /// Whether each token may stand between the words of a keyword phrase.
    public let isSkippable: [Bool]
    /// For each token inside a negation ("no numbness"), the position of the negating word.
    public let negatedBy: [Int?]
    /// Whether each token is a negating word ("no", "don't").
    public let isNegator: [Bool]
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
        tokens: [Token], words: [String], isFiller: [Bool], isSkippable: [Bool], negatedBy: [Int?], isNegator: [Bool], isKnown: [Bool], corrections: [Correction],
        mentions: [EntityMention]
    ) {
        self.tokens = tokens
        self.words = words
        self.isFiller = isFiller
        self.isSkippable = isSkippable
        self.negatedBy = negatedBy
        self.isNegator = isNegator
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

    /// The positions where a phrase occurs, as ranges of tokens; up to two skippable words may stand between its
    /// words ("what even is", "how do I actually do").
    public func occurrences(of phrase: Phrase) -> [Range<Int>] {
        occurrences(ofStems: phrase.stems)
    }

    /// The positions where a run of stems occurs, skipping skippable words as `occurrences(of:)` does.
    func occurrences(ofStems stems: [String]) -> [Range<Int>] {
        Self.occurrences(of: stems, in: words, positions: positions, skippable: isSkippable)
    }

    /// Words of any kind that may stand at a phrase's `...` gap.
    static let maximumGap = 2

    /// Fillers that may stand between a phrase's words.
    static let maximumSkippedFillers = 2

    /// The ranges where a run of stems occurs in words indexed by `positions`, skipping fillers where allowed.
    static func occurrences(of stems: [String], in words: [String], positions: [String: [Int]], skippable: [Bool]? = nil) -> [Range<Int>] {
        guard let first = stems.first, let starts = positions[first] else { return [] }
        var result: [Range<Int>] = []
        for start in starts {
            var position = start + 1
            var skipped = 0
            var gap = 0
            var matches = true
            for stem in stems.dropFirst() {
                if stem == Phrase.gap {
                    gap = maximumGap
                    continue
                }
                while position < words.count, words[position] != stem,
                      gap > 0 || (skipped < maximumSkippedFillers && skippable?[position] == true) {
                    if gap > 0 { gap -= 1 } else { skipped += 1 }
                    position += 1
                }
                gap = 0
                guard position < words.count, words[position] == stem else {
                    matches = false
                    break
                }
                position += 1
            }
            if matches { result.append(start..<position) }
        }
        return result
    }

    /// The first mention of an entity kind.
    public func firstMention(_ kind: EntityKind) -> EntityMention? {
        mentions.first { $0.kind == kind }
    }

}

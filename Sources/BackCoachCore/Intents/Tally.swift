/// Counts how much of a line an intent accounts for, and turns that into a confidence.
///
/// Filler words weigh nothing; every other word weighs one. Words the intent claims count for it; unknown words
/// count fully against it, known words it leaves unused count half, but only inside clauses where the intent
/// claimed something, so "I fell asleep on the sofa — which stretch works my spine?" is judged on its question.
/// A required keyword made only of fillers ("how do") still counts as one word; an everyday-word entity name
/// ("twist") counts half.
struct Tally {
    private let line: AnalyzedLine
    private var claimed = Set<Int>()
    private var weak = Set<Int>()
    private var fillerOnlyKeywords = 0.0
    /// Clauses holding a meaningful claim: a required keyword or entity, or a non-filler optional keyword.
    private var anchoredClauses = Set<Int>()

    private let wholeLine: Bool

    /// Starts a tally over a line; `wholeLine` counts unused words in every clause, not just anchored ones.
    init(line: AnalyzedLine, wholeLine: Bool = false) {
        self.line = line
        self.wholeLine = wholeLine
    }

    /// Whether a range touches words already claimed.
    func overlaps(_ range: Range<Int>) -> Bool {
        range.contains(where: claimed.contains)
    }

    /// Claims the words of a keyword match; a required match of fillers alone counts as one word.
    mutating func claim(_ range: Range<Int>, required: Bool) {
        let fillersOnly = range.allSatisfy { line.isFiller[$0] }
        if required, !overlaps(range), fillersOnly { fillerOnlyKeywords += 1 }
        if required || !fillersOnly { anchoredClauses.formUnion(range.map { line.tokens[$0].clause }) }
        claimed.formUnion(range)
    }

    /// Claims an entity mention; a weak name counts half.
    mutating func claim(_ mention: EntityMention) {
        if mention.isWeak { weak.formUnion(mention.range.filter { !claimed.contains($0) }) }
        claimed.formUnion(mention.range)
        anchoredClauses.formUnion(mention.range.map { line.tokens[$0].clause })
    }

    /// Confidence from 0.25 (barely) to 1 (every meaningful word accounted for); 0 when nothing was claimed.
    var confidence: Double {
        var used = fillerOnlyKeywords, against = 0.0
        // Denied symptoms ("no numbness, no fever, just stiff") rule things out; they are not what the line asks.
        for index in line.tokens.indices where !line.isFiller[index] && (line.negatedBy[index] == nil || claimed.contains(index))
            && !(line.isNegator[index] && !claimed.contains(index)) {
            if weak.contains(index) {
                used += 0.5
            } else if claimed.contains(index) {
                used += 1
            } else if wholeLine || anchoredClauses.contains(line.tokens[index].clause) {
                against += line.isKnown[index] ? 0.5 : 1
            }
        }
        guard used > 0 else { return 0 }
        return 0.25 + 0.75 * used / (used + against)
    }
}

extension RedFlagDetector {
    /// Most words a symptom's parts may span: they must describe one thing, in one sentence.
    static let maximumSpan = 12

    /// One range from each group, all in one passage (a sentence with its fragments, `AnalyzedLine.passages`) and
    /// within `maximumSpan` words, or nil. A stated age or a line-wide lasting condition (at one of `positions`) is true
    /// of the whole line: "I am a retired teacher, 58. ... I have never had back pain before."
    func closeTogether(_ groups: [[Range<Int>]], anywhere positions: Set<Int>, passages: [Int], in line: AnalyzedLine) -> [Range<Int>]? {
        let anywhere = groups.map { group in group.contains { positions.contains($0.lowerBound) } }
        guard let anchoring = anywhere.firstIndex(of: false) else { return groups.map { $0[0] } }
        for anchor in groups[anchoring] {
            let passage = passages[anchor.lowerBound]
            var chosen: [Range<Int>] = []
            for (position, group) in groups.enumerated() {
                if position == anchoring || anywhere[position] {
                    chosen.append(position == anchoring ? anchor : group.first { positions.contains($0.lowerBound) } ?? group[0])
                    continue
                }
                let near = group.filter { range in
                    passages[range.lowerBound] == passage
                        && max(range.upperBound, anchor.upperBound) - min(range.lowerBound, anchor.lowerBound) <= Self.maximumSpan
                }
                guard let pick = near.min(by: { abs($0.lowerBound - anchor.lowerBound) < abs($1.lowerBound - anchor.lowerBound) }) else { break }
                chosen.append(pick)
            }
            if chosen.count == groups.count { return chosen }
        }
        return nil
    }

    /// Whether a symptom is someone else's; a lasting condition told in another sentence than the rest has its own
    /// owner, checked apart: "My husband is on steroids. I slipped on the ramp" is no fall with steroids.
    func belongsToSomeoneElse(_ evidence: [Range<Int>], lasting: Set<Int>, found: PhraseHits, in line: AnalyzedLine) -> Bool {
        let sentence = evidence.first { !lasting.contains($0.lowerBound) }.map { line.tokens[$0.lowerBound].sentence }
        let held = evidence.filter { lasting.contains($0.lowerBound) && line.tokens[$0.lowerBound].sentence != sentence }
        let told = evidence.filter { !held.contains($0) }
        return belongsToSomeoneElse(told, found: found, in: line) || !held.isEmpty && belongsToSomeoneElse(held, found: found, in: line)
    }
}

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
                    passages[range.lowerBound] == passage && Self.span(range, anchor, in: line) <= Self.maximumSpan
                }
                guard let pick = near.min(by: { abs($0.lowerBound - anchor.lowerBound) < abs($1.lowerBound - anchor.lowerBound) }) else { break }
                chosen.append(pick)
            }
            if chosen.count == groups.count { return chosen }
        }
        return nil
    }

    /// The words two ranges span, less the words of short pieces between them: a list of things tried or felt
    /// between a symptom's parts ("waking me every night, deep in the spine, turning over, getting up, hot water
    /// bottle, nothing touches it") does not part them.
    static func span(_ first: Range<Int>, _ second: Range<Int>, in line: AnalyzedLine) -> Int {
        let whole = max(first.upperBound, second.upperBound) - min(first.lowerBound, second.lowerBound)
        guard whole > maximumSpan else { return whole }
        let between = min(first.upperBound, second.upperBound)..<max(first.lowerBound, second.lowerBound)
        guard !between.isEmpty else { return whole }
        let tokens = line.tokens
        let own: Set<Int> = [tokens[first.lowerBound].clause, tokens[second.lowerBound].clause]
        var listed = 0, items = 0, start = between.lowerBound
        while start < between.upperBound {
            var end = start
            while end < between.upperBound, tokens[end].clause == tokens[start].clause { end += 1 }
            let clause = tokens[start].clause
            // A clause's words are consecutive: its length runs on past the range only at the two ends.
            var size = end - start, before = start - 1, after = end
            while before >= 0, tokens[before].clause == clause { size += 1; before -= 1 }
            while after < tokens.count, tokens[after].clause == clause { size += 1; after += 1 }
            if !own.contains(clause), size <= listItemLength {
                listed += end - start
                items += 1
            }
            start = end
        }
        // One short piece is a phrase of the sentence; a list has more.
        return items >= minimumListItems ? whole - listed : whole
    }

    /// Most words a piece between commas may have and still be an item of a list, and fewest items a list has.
    static let listItemLength = 4, minimumListItems = 3

    /// The clauses a hedge doubts: its own, and the clause just before when the hedge opens a short clause that ends
    /// the sentence ("feeling a bit hot and shivery, not sure", "my bowels have been a bit funny, probably the
    /// tablets"). A question ("…, is that related") asks about a sign told plainly, and "it's kinda numb" tells one:
    /// neither doubts what came before.
    static func hedgedClauses(_ hedges: [Range<Int>], in line: AnalyzedLine) -> Set<Int> {
        let tokens = line.tokens
        var clauses = Set<Int>()
        for hedge in hedges {
            let clause = tokens[hedge.lowerBound].clause, sentence = tokens[hedge.lowerBound].sentence
            clauses.insert(clause)
            let start = tokens[..<hedge.lowerBound].lastIndex { $0.clause != clause }.map { $0 + 1 } ?? 0
            let end = tokens[hedge.lowerBound...].firstIndex { $0.clause != clause } ?? tokens.count
            let endsSentence = end == tokens.count || tokens[end].sentence != sentence
            guard start > 0, hedge.lowerBound == start, tokens[start - 1].sentence == sentence, endsSentence, end - start <= trailingDoubtLength,
                  !tokens[start..<end].contains(where: { causeWords.contains($0.text) }),
                  !LineAnalyzer.questionOpeners.contains(tokens[start].text)
            else { continue }
            // The clause before, with those an "and" joins it to: "feeling a bit hot and shivery, not sure".
            var position = start - 1
            while position >= 0, tokens[position].sentence == sentence {
                let before = tokens[position].clause
                clauses.insert(before)
                let opening = tokens[..<position].lastIndex { $0.clause != before }.map { $0 + 1 } ?? 0
                guard TextNormalizer.clauseJoiners.contains(tokens[opening].text) else { break }
                position = opening - 1
            }
        }
        return clauses
    }

    /// Most words a clause of doubt after what it doubts may have.
    static let trailingDoubtLength = 4
    /// Words that make a clause of doubt one about the cause, not about the symptom: "I've wet myself, not sure why",
    /// "fever and chills at night and I feel weak all over, maybe from the rain".
    static let causeWords: Set<String> = ["why", "what", "how", "where", "when", "which", "who", "from", "because", "due"]

    /// Whether a symptom is someone else's; a lasting condition told in another sentence than the rest has its own
    /// owner, checked apart: "My husband is on steroids. I slipped on the ramp" is no fall with steroids.
    func belongsToSomeoneElse(_ evidence: [Range<Int>], lasting: Set<Int>, found: PhraseHits, in line: AnalyzedLine) -> Bool {
        let sentence = evidence.first { !lasting.contains($0.lowerBound) }.map { line.tokens[$0.lowerBound].sentence }
        let held = evidence.filter { lasting.contains($0.lowerBound) && line.tokens[$0.lowerBound].sentence != sentence }
        let told = evidence.filter { !held.contains($0) }
        return belongsToSomeoneElse(told, found: found, in: line) || !held.isEmpty && belongsToSomeoneElse(held, found: found, in: line)
    }
}

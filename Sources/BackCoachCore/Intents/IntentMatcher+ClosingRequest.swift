extension IntentMatcher {
    /// An intent's score for a line, with where it found what it claims.
    struct ScoredIntent {
        /// The intent, its score and evidence.
        let candidate: Candidate
        /// Whether the intent is a question or request (`request: true` in its file).
        let request: Bool
        /// Where its required keywords start, leaving out keywords made only of fillers: "why would that be?" asks
        /// about what came before.
        let keywords: [Int]
        /// Where its required keywords made only of fillers start ("which one", "how do I").
        let fillerKeywords: [Int]
        /// Where the exercises and targets it claims start.
        let mentions: [Int]
        /// Where the statement it answers starts ("just a stiff back"), if any.
        let statement: Int?

        /// The same intent with another score.
        func scored(_ score: Double) -> ScoredIntent {
            let old = candidate
            return ScoredIntent(
                candidate: Candidate(intent: old.intent, score: score, evidence: old.evidence, exercise: old.exercise, target: old.target,
                                     exerciseSource: old.exerciseSource, missing: old.missing),
                request: request, keywords: keywords, fillerKeywords: fillerKeywords, mentions: mentions, statement: statement)
        }

        /// Whether it asks its question in the words from `start` on: its keywords are all there, or, when it has
        /// none but fillers, an exercise or target it claims is ("what are clam shells?").
        func asks(from start: Int) -> Bool {
            keywords.isEmpty ? mentions.contains { $0 >= start } : keywords.allSatisfy { $0 >= start }
        }

        /// Whether it asks nothing from `start` on: every keyword it has, fillers too ("which one is good for the
        /// hips?"), and its statement come before; with no keywords, its exercises and targets.
        func restsBefore(_ start: Int) -> Bool {
            let words = keywords + fillerKeywords + (statement.map { [$0] } ?? [])
            return words.isEmpty ? mentions.allSatisfy { $0 < start } && !mentions.isEmpty : words.allSatisfy { $0 < start }
        }
    }

    /// How far below the best score a request that closes the line may be and still come first.
    static let closingRequestReach = 0.3

    /// The candidates, with the line's closing request first: "no worries there. What are clam shells?" asks what
    /// clam shells are, and "I worry about her, but my question is: how many hamstring stretches?" asks how many.
    /// The closing part is the last sentence, or what follows the last question marker ("my question is") if that
    /// comes later. A request asked there, clearing the threshold within `closingRequestReach` of the best,
    /// outranks every request that rests only on words before it; what came before is the context.
    func closingRequestFirst(_ scored: [ScoredIntent], in line: AnalyzedLine, questionStart markerEnd: Int) -> [Candidate] {
        let candidates = scored.map(\.candidate)
        guard let lastSentence = line.tokens.last?.sentence,
              let sentenceStart = line.tokens.firstIndex(where: { $0.sentence == lastSentence }),
              let best = candidates.map(\.score).max()
        else { return candidates }
        let start = max(sentenceStart, markerEnd)
        guard start > 0, let closing = scored.filter({
            $0.request && $0.asks(from: start) && $0.candidate.missing == nil
                && $0.candidate.score >= Self.threshold && best - $0.candidate.score <= Self.closingRequestReach
        }).max(by: { $0.candidate.score < $1.candidate.score })
        else { return candidates }
        let ceiling = closing.candidate.score - Self.ambiguityMargin - 0.01
        return scored.map { intent in
            guard intent.request, intent.restsBefore(start), intent.candidate.score > ceiling else { return intent.candidate }
            return intent.scored(ceiling).candidate
        }
    }
}

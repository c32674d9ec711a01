/// How the matcher read a line: typos, matched words, candidate scores and the threshold.
public struct Explanation: Sendable, Hashable, Codable {
    /// One intent's score.
    public struct Score: Sendable, Hashable, Codable {
        /// The intent.
        public let intent: IntentID
        /// Its confidence, 0 to 1.
        public let score: Double
        /// The words that matched its keywords and entities.
        public let evidence: [Candidate.Evidence]
    }

    /// The line explained.
    public let input: String
    /// Typos read as known words.
    public let corrections: [Correction]
    /// The words that matched the chosen intent's keywords and entities.
    public let evidence: [Candidate.Evidence]
    /// The best candidates, best first.
    public let candidates: [Score]
    /// The score an answer needs.
    public let threshold: Double
    /// The red-flag symptom recognised, if any.
    public let redFlag: String?

    /// Builds the explanation of a match.
    public init(_ result: MatchResult, input: String) {
        self.input = input
        corrections = result.line.corrections
        threshold = result.threshold
        if let finding = result.redFlag {
            redFlag = finding.symptom.name
            evidence = finding.evidence.map { .init(typed: $0, matched: finding.symptom.name, role: "red flag") }
            candidates = [Score(intent: finding.intent.id, score: 1, evidence: evidence)]
        } else {
            redFlag = nil
            evidence = result.candidates.first?.evidence ?? []
            candidates = result.candidates.prefix(4).map {
                Score(intent: $0.intent, score: (min(1, $0.score) * 100).rounded() / 100, evidence: $0.evidence.filter { $0.role != "optional keyword" || $0.typed.count > 3 })
            }
        }
    }

    /// The explanation as lines of plain text.
    public var text: String {
        var lines: [String] = []
        if let redFlag {
            lines.append("Red flag recognised: \(redFlag). Red flags outrank every other intent.")
        } else if let best = candidates.first {
            lines.append(Messages.explanation(intent: best.score >= threshold ? best.intent.rawValue : nil, score: best.score, threshold: threshold))
        } else {
            lines.append(Messages.explanation(intent: nil, score: 0, threshold: threshold))
        }
        for correction in corrections {
            lines.append("  typo: \"\(correction.typed)\" read as \"\(correction.understood)\"")
        }
        for item in evidence {
            lines.append("  \(item.role): \"\(item.typed)\" matched \"\(item.matched)\"")
        }
        if !candidates.isEmpty {
            lines.append("  scores: " + candidates.map { "\($0.intent) \(Messages.format($0.score))" }.joined(separator: ", ")
                + " (threshold \(Messages.format(threshold)))")
            for candidate in candidates.dropFirst() where !candidate.evidence.isEmpty {
                lines.append("    \(candidate.intent): " + candidate.evidence.map { "\"\($0.typed)\" → \($0.matched)" }.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n")
    }
}

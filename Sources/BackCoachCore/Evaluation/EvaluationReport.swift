/// Accuracy figures of the matcher over a set of labelled cases.
public struct EvaluationReport: Sendable {
    /// A case whose answer was not the expected one.
    public struct Miss: Sendable, Hashable {
        /// The case.
        public let testCase: EvaluationCase
        /// The intent answered (`out-of-scope` when not understood, `ask-back` when the coach asked).
        public let predicted: IntentID
        /// The exercise answered about.
        public let predictedExercise: ExerciseID?
    }

    /// Minimum share of in-scope cases answered with the right intent and exercise.
    public static let inScopeThreshold = 0.97
    /// Minimum share of out-of-scope cases left unanswered.
    public static let outOfScopeThreshold = 0.95
    /// Share of red-flag cases that must be answered as urgent.
    public static let redFlagRecallThreshold = 1.0

    /// Correct and total per expected intent.
    public let perIntent: [IntentID: (correct: Int, total: Int)]
    /// The cases answered wrongly.
    public let misses: [Miss]
    /// Number of cases.
    public let total: Int
    /// Share of in-scope cases answered right.
    public let inScopeAccuracy: Double
    /// Share of out-of-scope cases rejected.
    public let outOfScopeRejection: Double
    /// Share of red-flag cases answered as urgent.
    public let redFlagRecall: Double
    /// Cases that are not red flags but got an urgent answer.
    public let falseAlarms: Int

    /// Whether every threshold is met.
    public var passes: Bool {
        inScopeAccuracy >= Self.inScopeThreshold && outOfScopeRejection >= Self.outOfScopeThreshold
            && redFlagRecall >= Self.redFlagRecallThreshold && falseAlarms == 0
    }

    /// (expected, predicted) pairs and how often each happened, most frequent first.
    public var confusions: [(expected: IntentID, predicted: IntentID, count: Int)] {
        var counts: [[IntentID]: Int] = [:]
        for miss in misses { counts[[miss.testCase.intent, miss.predicted], default: 0] += 1 }
        return counts.map { key, count in (key[0], key[1], count) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.expected < $1.expected }
    }

    /// The report as text: per-intent accuracy, confusions, the headline figures and the verdict.
    public var text: String {
        var lines = ["Per-intent accuracy:"]
        for intent in perIntent.keys.sorted() {
            let (correct, total) = perIntent[intent]!
            lines.append("  \(intent.rawValue.padding(to: 22))\(percent(Double(correct) / Double(max(1, total))).leftPad(7))  (\(correct)/\(total))")
        }
        lines.append("Confusions (expected → answered):")
        if confusions.isEmpty { lines.append("  none") }
        for confusion in confusions { lines.append("  \(confusion.expected) → \(confusion.predicted): \(confusion.count)") }
        lines.append("Cases: \(total)")
        lines.append("In-scope accuracy: \(percent(inScopeAccuracy)) (threshold \(percent(Self.inScopeThreshold)))")
        lines.append("Out-of-scope rejection: \(percent(outOfScopeRejection)) (threshold \(percent(Self.outOfScopeThreshold)))")
        lines.append("Red-flag recall: \(percent(redFlagRecall)) (threshold \(percent(Self.redFlagRecallThreshold))), false alarms: \(falseAlarms)")
        lines.append(passes ? "PASS" : "FAIL")
        return lines.joined(separator: "\n")
    }

    /// The cases answered wrongly, one line each.
    public var missText: String {
        misses.map { miss in
            "  \(miss.testCase.origin): \"\(miss.testCase.turns.joined(separator: " >> "))\" expected \(miss.testCase.intent)"
                + (miss.testCase.exercise.map { "/\($0)" } ?? "") + ", got \(miss.predicted)" + (miss.predictedExercise.map { "/\($0)" } ?? "")
        }.joined(separator: "\n")
    }

    private func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}

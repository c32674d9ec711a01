/// What the matcher made of a line: a red flag, a best intent, or not understood; with the evidence.
public struct MatchResult: Sendable {
    /// The analysed line.
    public let line: AnalyzedLine
    /// A red-flag symptom, which outranks every other intent.
    public let redFlag: RedFlagDetector.Finding?
    /// Every intent that matched at all, best first.
    public let candidates: [Candidate]
    /// The score a candidate needs to be answered.
    public let threshold: Double
    /// In answer to a triage question, the yes or no that leads the line, whatever follows it ("yes, doesn't matter how
    /// I lie"; "no temperature or anything").
    public var leadingAnswer: IntentID?
    /// The best candidate when it clears the threshold.
    public var best: Candidate? {
        guard let first = candidates.first, first.score >= threshold else { return nil }
        return first
    }
    /// The two candidates to ask between when they are too close to call.
    public var ambiguity: (Candidate, Candidate)? {
        guard let first = best, candidates.count > 1 else { return nil }
        let second = candidates[1]
        guard second.score >= threshold, first.score - second.score < IntentMatcher.ambiguityMargin,
            first.intent != second.intent, first.missing == nil, second.missing == nil
        else { return nil }
        return (first, second)
    }
}

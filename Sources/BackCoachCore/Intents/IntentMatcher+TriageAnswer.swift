extension IntentMatcher {
    /// An answer to a triage question read together with the words that raised it, when the two tell of the warning
    /// sign the question escalates to: "both legs and a bit down below too" after "pins and needles in my leg" is
    /// pins and needles in both legs, and "it just dropped off, I haven't been dieting" after "I've lost weight" is
    /// unexplained weight loss. Nil unless the sign found holds every word asked about and some of the answer's:
    /// "my leg went to sleep" and "the scaffold collapse on the news" make no weak legs.
    func escalation(answering text: String, asked finding: RedFlagDetector.Finding) -> RedFlagDetector.Finding? {
        let together = analyzer.analyze(finding.evidence.joined(separator: " ") + ", " + text)
        guard let told = redFlags.detect(together), told.intent.redFlag == (finding.symptom.escalatesTo ?? .urgent),
              Set(finding.evidence).isStrictSubset(of: told.evidence) else { return nil }
        return told
    }

    /// Whether a no said to the urgent answer about a symptom a clear account can settle takes it back: what follows the
    /// no, read after the words the warning was given on, no longer tells that symptom ("pain wakes me at night" →
    /// "no, it eases once I turn over"). A bare no takes nothing back, and an emergency sign is never settled so.
    func withdraws(answering text: String, warned finding: RedFlagDetector.Finding) -> Bool {
        guard finding.symptom.clearable, finding.intent.redFlag != .emergency else { return false }
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" }
        guard let first = words.first, LineAnalyzer.answersNo.contains(String(first)), words.count > 1 else { return false }
        let account = words.dropFirst().joined(separator: " ")
        let evidence = finding.evidence.joined(separator: " ")
        guard redFlags.detect(analyzer.analyze(evidence))?.symptom.name == finding.symptom.name else { return false }
        return redFlags.detect(analyzer.analyze(evidence + ", " + account))?.symptom.name != finding.symptom.name
    }
}

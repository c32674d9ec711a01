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
}

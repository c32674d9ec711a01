/// A vague or clearable red flag a clinician has already checked.
extension RedFlagDetector {
    /// Whether a vague or clearable symptom has been checked: its sentence, or the one right after it, names a
    /// clinician or a check by one, and an all-clear not denied follows the symptom there ("had a fall in March, got
    /// x-rayed, all clear"; "Fell at work in March. Occupational health sent me for a scan, all clear"; "my GP checked
    /// the tingling and said it's fine to exercise"). An all-clear told before the symptom came before it: "the doctor
    /// said I was fine last month but now my leg's gone numb" still gets the triage question; so does one the
    /// sentence goes on to set against: "I was discharged, but after coming home my back got worse".
    func clearedByClinician(_ evidence: [Range<Int>], found: PhraseHits, in line: AnalyzedLine) -> Bool {
        guard let start = evidence.map(\.lowerBound).min() else { return false }
        let told = line.tokens[start].sentence
        return [told, told + 1].contains { sentence in
            let inSentence = { (range: Range<Int>) in line.tokens[range.lowerBound].sentence == sentence }
            guard found.ranges(of: clinicians).contains(where: inSentence) else { return false }
            return found.ranges(of: allClear).contains { range in
                // Denied by a word of its own ("said it's fine", "exercise is good") is no denial of it.
                inSentence(range) && range.lowerBound > start && (line.negatedBy[range.lowerBound].map(range.contains) ?? true)
                    && !line.tokens[range.upperBound...].prefix { $0.sentence == sentence }.contains { Self.contrasts.contains($0.text) }
            }
        }
    }

    /// Words that set what follows against an all-clear.
    static let contrasts: Set<String> = ["but", "however", "though", "although", "yet"]
}

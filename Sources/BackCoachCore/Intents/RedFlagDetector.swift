/// Finds red-flag symptoms in a line, ignoring denied ones ("no numbness").
public struct RedFlagDetector: Sendable {
    /// A symptom found, with the intent that answers it.
    public struct Finding: Sendable, Hashable {
        /// The red-flag intent: emergency or urgent.
        public let intent: IntentDefinition
        /// The symptom recognised.
        public let symptom: Symptom
        /// The words that matched, as typed.
        public let evidence: [String]
    }

    private let redFlagIntents: [IntentDefinition]

    /// Collects the red-flag intents of a set, emergency first.
    public init(intents: IntentSet) {
        redFlagIntents = intents.intents.filter { $0.redFlag != nil }
            .sorted { ($0.redFlag == .emergency ? 0 : 1) < ($1.redFlag == .emergency ? 0 : 1) }
    }

    /// The most urgent symptom the line describes and does not deny, if any.
    public func detect(_ line: AnalyzedLine) -> Finding? {
        for intent in redFlagIntents {
            for symptom in intent.symptoms {
                if symptom.unless.contains(where: { !line.occurrences(of: $0).isEmpty }) { continue }
                for pattern in symptom.patterns {
                    if let evidence = match(pattern, in: line) {
                        return Finding(intent: intent, symptom: symptom, evidence: evidence)
                    }
                }
            }
        }
        return nil
    }

    /// The typed words matching every group of a pattern, un-negated, or nil.
    private func match(_ pattern: [[Phrase]], in line: AnalyzedLine) -> [String]? {
        var evidence: [String] = []
        for group in pattern {
            var found: Range<Int>?
            for phrase in group {
                if let special = Self.ageLimit(phrase), let position = Self.agePosition(in: line, beyond: special) {
                    found = position..<(position + 1)
                } else {
                    found = line.occurrences(of: phrase).first { range in !line.isNegated[range.lowerBound] }
                }
                if found != nil { break }
            }
            guard let found else { return nil }
            evidence.append(found.map { line.tokens[$0].text }.joined(separator: " "))
        }
        return evidence
    }

    /// For the special phrases `age over 50` and `age under 20`, the limit they test.
    private static func ageLimit(_ phrase: Phrase) -> (over: Bool, limit: Int)? {
        guard phrase.stems.count == 3, phrase.stems[0] == "age", let limit = Int(phrase.stems[2]) else { return nil }
        switch phrase.stems[1] {
        case "over": return (true, limit)
        case "under": return (false, limit)
        default: return nil
        }
    }

    /// Where the line states an age beyond a limit ("I'm 55", "16 years old"), if it does.
    private static func agePosition(in line: AnalyzedLine, beyond limit: (over: Bool, limit: Int)) -> Int? {
        let words = line.tokens.map(\.text)
        for (index, word) in words.enumerated() {
            guard let age = Int(word.hasSuffix("yo") ? String(word.dropLast(2)) : word), (5...110).contains(age) else { continue }
            let before = index > 0 ? words[index - 1] : ""
            let beforeTwo = index > 1 ? words[index - 2] + " " + before : ""
            let after = index + 1 < words.count ? words[index + 1] : ""
            let statesAge = ["im", "aged", "age", "turned", "turning", "is", "am", "shes", "hes", "was", "now"].contains(before) || beforeTwo == "i am"
                || ["year", "years", "yr", "yrs", "yo"].contains(after) || word.hasSuffix("yo")
            guard statesAge else { continue }
            if limit.over ? age > limit.limit : age < limit.limit { return index }
        }
        return nil
    }
}

extension IntentMatcher {
    /// Whether a yes or no is the line's answer to the question asked: it leads the line, with only fillers or the
    /// answer's own words before it ("ok, let's go", "I think so, yes", "no thanks, not today"). Said later it is
    /// part of something else: "my dad had a fall yesterday, he's ok", "walking fine, just a sore back". Nor is a
    /// "no" that denies the words after it an answer: "no problem with peeing, can you list the exercises".
    func answerLeads(_ compiled: CompiledIntent, found: PhraseHits, line: AnalyzedLine) -> Bool {
        guard let start = leadingStart(of: compiled, found: found, line: line) else { return false }
        let ownWords = Set(found.ranges(of: (compiled.required.joined() + compiled.optional)).flatMap { $0 })
        return !line.tokens.indices.contains { line.negatedBy[$0] == start && !line.isFiller[$0] && !ownWords.contains($0) }
    }

    /// Among the intents the line's words index, the yes or no that leads a line answering a triage question, whatever
    /// follows it: there the first word is the answer ("yes, doesn't matter how I lie, nothing shifts it"; "no
    /// temperature or anything, just knackered"), after at most a word or two of filler ("oh yes"). Not in a long post,
    /// whose "Okay, long one." opens it, nor after other words: "I'm 18, no back pain at all" tells something else.
    /// When both could lead, the one that starts first does: "it's fine now" is a no, though "fine" alone is a yes.
    func leadingAnswer(among indexed: [CompiledIntent], found: PhraseHits, line: AnalyzedLine) -> IntentID? {
        guard line.tokens.count < WholeLine.longLineWords else { return nil }
        let answers = indexed.compactMap { candidate -> (intent: IntentID, start: Int)? in
            guard [.affirm, .decline].contains(candidate.definition.action),
                  let start = leadingStart(of: candidate, found: found, line: line), start <= Self.answerOpeners,
                  !line.tokens[..<start].contains(where: { $0.text.allSatisfy(\.isNumber) }) else { return nil }
            return (candidate.definition.id, start)
        }
        return answers.min { $0.start < $1.start }?.intent
    }

    /// Most filler words before a triage answer's yes or no: "oh well yes".
    static let answerOpeners = 2

    /// Where the intent's first keyword starts when only fillers or its own words come before it.
    private func leadingStart(of compiled: CompiledIntent, found: PhraseHits, line: AnalyzedLine) -> Int? {
        guard let start = found.ranges(of: compiled.required.joined()).map(\.lowerBound).min() else { return nil }
        let ownWords = Set(found.ranges(of: (compiled.required.joined() + compiled.optional)).flatMap { $0 })
        return (0..<start).allSatisfy { line.isFiller[$0] || ownWords.contains($0) } ? start : nil
    }

    /// Whether a dialogue act's words are said of another person, named by a pronoun before them in their clause:
    /// "my husband has a temperature, should he go to the GP?" asks nothing of the routine.
    static func saidOfAnother(_ range: Range<Int>, in line: AnalyzedLine) -> Bool {
        let clause = line.tokens[range.lowerBound].clause
        return line.tokens[..<range.lowerBound].reversed().prefix { $0.clause == clause }
            .contains { RedFlagDetector.othersPronouns.contains($0.text) }
    }
}

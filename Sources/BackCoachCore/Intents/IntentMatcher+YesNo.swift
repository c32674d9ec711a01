extension IntentMatcher {
    /// Whether a yes or no is the line's answer to the question asked: it leads the line, with only fillers or the
    /// answer's own words before it ("ok, let's go", "I think so, yes", "no thanks, not today"). Said later it is
    /// part of something else: "my dad had a fall yesterday, he's ok", "walking fine, just a sore back". Nor is a
    /// "no" that denies the words after it an answer: "no problem with peeing, can you list the exercises".
    func answerLeads(_ compiled: CompiledIntent, found: PhraseHits, line: AnalyzedLine) -> Bool {
        guard let start = found.ranges(of: compiled.required.joined()).map(\.lowerBound).min() else { return false }
        let ownWords = Set(found.ranges(of: (compiled.required.joined() + compiled.optional)).flatMap { $0 })
        let leads = (0..<start).allSatisfy { line.isFiller[$0] || ownWords.contains($0) }
        let denies = line.tokens.indices.contains { line.negatedBy[$0] == start && !line.isFiller[$0] && !ownWords.contains($0) }
        return leads && !denies
    }
}

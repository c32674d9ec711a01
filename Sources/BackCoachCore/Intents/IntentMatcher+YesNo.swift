extension IntentMatcher {
    /// Whether a yes or no is the line's answer to the question asked: it leads the line, with only fillers or the
    /// answer's own words before it ("ok, let's go", "I think so, yes", "no thanks, not today"). Said later it is
    /// part of something else: "my dad had a fall yesterday, he's ok", "walking fine, just a sore back".
    func answerLeads(_ compiled: CompiledIntent, found: PhraseHits, line: AnalyzedLine) -> Bool {
        guard let start = found.ranges(of: compiled.required.joined()).map(\.lowerBound).min() else { return false }
        let ownWords = Set(found.ranges(of: compiled.optional).flatMap { $0 })
        return (0..<start).allSatisfy { line.isFiller[$0] || ownWords.contains($0) }
    }
}

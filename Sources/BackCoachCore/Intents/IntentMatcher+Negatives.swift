extension IntentMatcher {
    /// The negative keywords that rule an intent out of a line: those said where its question is asked, not in
    /// another topic before a question marker, before a named exercise's question, in sentences before a request or
    /// after a question about a named exercise, nor inside one of its own longer keywords.
    func ruling(
        _ compiled: CompiledIntent, found: PhraseHits, keywordRanges: [Range<Int>], line: AnalyzedLine, questionStart: Int
    ) -> [Range<Int>] {
        let intent = compiled.definition
        // After a question marker ("anyway", "and also"), what came before cannot rule out a question asked after it.
        let asksAfterMarker = questionStart > 0 && compiled.required.joined().contains { found[$0] != nil }
            && compiled.required.joined().allSatisfy { (found[$0] ?? []).allSatisfy { $0.lowerBound >= questionStart } }
        // A question about a named exercise, asked in clauses of its own, is not ruled out by what came before:
        // "my wifi keeps dropping, how many clam shells again". Its keywords are those of the exercise's sentence
        // when it has any: "In yoga we hold poses. For the hamstring stretch, how long is the hold?"
        let exerciseQuestion = intent.exercise == .required ? line.firstMention(.exercise).flatMap { mention in
            let keywords = keywordRanges.map { line.tokens[$0.lowerBound] }
            let sentence = line.tokens[mention.range.lowerBound].sentence
            let asked = keywords.contains { $0.sentence == sentence } ? keywords.filter { $0.sentence == sentence } : keywords
            return asked.map(\.clause).min().map { min($0, line.tokens[mention.range.lowerBound].clause) }
        } : nil
        // A request in sentences of its own is not ruled out by what earlier sentences said: "I'm bored. give me
        // a routine".
        let requestSentence = keywordRanges.map { line.tokens[$0.lowerBound].sentence }.min()
        // Nor is it ruled out by sentences told after it that neither name the exercise nor ask again: "describe
        // the reclining twist, step by step? My granddaughter printed it but the print is too small for my eyes."
        let questionEnd = exerciseQuestion == nil ? nil
            : (keywordRanges.map(\.lowerBound) + line.mentions.filter { $0.kind == .exercise }.map(\.range.lowerBound))
                .map { line.tokens[$0].sentence }.max()
        return found.ranges(of: compiled.negative).filter { negative in
            (!asksAfterMarker || negative.lowerBound >= questionStart)
                && exerciseQuestion.map { line.tokens[negative.lowerBound].clause >= $0 } ?? true
                && questionEnd.map { line.tokens[negative.lowerBound].sentence <= $0 } ?? true
                && requestSentence.map { line.tokens[negative.lowerBound].sentence >= $0 } ?? true
                // A negative inside a longer keyword is a word of that keyword: the "not" of "why not".
                && !keywordRanges.contains { $0.count > negative.count && $0.contains(negative.lowerBound) && negative.upperBound <= $0.upperBound }
        }
    }
}

extension IntentMatcher {
    /// A state a line says the body is in ("my back is stiff"), which an intent with statement words answers even
    /// without a question.
    struct StatedState {
        /// The state's words.
        let range: Range<Int>
        /// Whether the person says it of their own body, which outweighs the intent's negative keywords up to the end
        /// of its clause ("my back is stiff from the laptop", but not "…, how long do I hold the stretch").
        let owned: Bool
        /// The target it is about when the line names none: "stiff as a board after a day in the garden" is about
        /// the intent's `statement-target`.
        let impliedTarget: String?
    }

    /// A state the line says a target is in, not denied, in a line naming no exercise, in the target's clause or just
    /// after it; or, outside a routine, in a line naming no target, a state of the back alone (`statement-alone`:
    /// "stiff", not "knackered") said by nobody else, with a cause and no other body part in its sentence.
    func statedState(_ compiled: CompiledIntent, found: PhraseHits, line: AnalyzedLine, context: MatchContext) -> StatedState? {
        guard !compiled.statement.isEmpty else { return nil }
        let targets = line.mentions.filter { $0.kind == .target }
        let language = intents.language
        var others: [Range<Int>]?
        func owner(of position: Int) -> Bool? {
            if others == nil { others = language.someoneElse.flatMap { line.occurrences(of: $0) } }
            return line.owner(of: position, others: others ?? [], firstPerson: language.firstPerson)
        }
        for id in compiled.statement {
            for range in found[id] ?? [] where line.negatedBy[range.lowerBound] == nil {
                guard !targets.isEmpty else { continue }
                let clause = line.tokens[range.lowerBound].clause
                let same = targets.filter {
                    line.tokens[$0.range.lowerBound].clause == clause || (0...4).contains(range.lowerBound - $0.range.upperBound)
                }
                guard !same.isEmpty else { continue }
                // Owned: "my back"; or a clause that opens with the back or its state and asks nothing, opening its
                // sentence or after the speaker ("lower back achy from sleeping on a bad mattress", "I've been
                // hunched over fixing it, back's stiff"; not "what's the best mattress for a sore back" or "what
                // about swimming, is it good for back pain").
                let owned = same.contains { target in
                    let first = min(target.range.lowerBound, range.lowerBound)
                    if first > 0, line.tokens[first - 1].text == "my" || line.tokens[target.range.lowerBound - 1].text == "my" { return true }
                    let clause = line.tokens[first].clause
                    let start = (0..<first).last { line.tokens[$0].clause != clause }.map { $0 + 1 } ?? 0
                    let sentenceStart = line.sentenceStart(of: first)
                    return (start..<first).allSatisfy { line.isSkippable[$0] }
                        && !(start..<line.tokens.count).contains { line.tokens[$0].clause == clause && Self.questionWords.contains(line.tokens[$0].text) }
                        && (start == sentenceStart || (sentenceStart..<start).contains { language.firstPerson.contains(line.tokens[$0].text) })
                }
                return StatedState(range: range, owned: owned, impliedTarget: nil)
            }
        }
        // In a routine, soreness with no body part named is a report on the routine ("sore after sleeping funny").
        guard !context.heard.contains(.routine) else { return nil }
        for id in compiled.statementAlone {
            for range in found[id] ?? [] where line.negatedBy[range.lowerBound] == nil && targets.isEmpty {
                guard let implied = compiled.definition.statementTarget, isCaused(range, compiled, found: found, line: line),
                      owner(of: range.lowerBound) != false else { continue }
                return StatedState(range: range, owned: false, impliedTarget: implied)
            }
        }
        return nil
    }

    /// Whether a state is said with one of the intent's causes ("after", "woke up") in its sentence, and no body part
    /// the coach does not cover ("my knee is sore after running").
    private func isCaused(_ range: Range<Int>, _ compiled: CompiledIntent, found: PhraseHits, line: AnalyzedLine) -> Bool {
        let sentence = line.tokens[range.lowerBound].sentence
        let inSentence = { (position: Int) in line.tokens[position].sentence == sentence }
        guard !line.tokens.contains(where: { $0.sentence == sentence && intents.language.otherBodyParts.contains($0.text) }) else { return false }
        return compiled.statementCauses.contains { id in (found[id] ?? []).contains { inSentence($0.lowerBound) && !$0.overlaps(range) } }
    }
}

extension IntentMatcher {
    /// The candidates, with a request that answers more of the line ahead of a request whose keywords and entities
    /// are all among its own: the line's statement of how the body feels, or a body part it names, is what the
    /// question is about. "lower back achy after coding, what stretch?" and "my back is older than my jokes, which
    /// stretch do I need" ask which stretch helps, not for the list of stretches.
    func fullerRequestFirst(_ scored: [ScoredIntent]) -> [ScoredIntent] {
        let answering = scored.filter { $0.request && $0.candidate.missing == nil && !$0.keywords.isEmpty }
        return scored.map { intent in
            guard intent.request, intent.statement == nil, !intent.keywords.isEmpty else { return intent }
            let covering = answering.filter { fuller in
                let claimed = Set(fuller.keywords + fuller.fillerKeywords), mentions = Set(fuller.mentions)
                return fuller.candidate.intent != intent.candidate.intent && intent.keywords.allSatisfy(claimed.contains)
                    && intent.mentions.allSatisfy(mentions.contains)
                    && (fuller.statement != nil || mentions.count > Set(intent.mentions).count)
            }
            guard let best = covering.max(by: { $0.candidate.score < $1.candidate.score }) else { return intent }
            let ceiling = best.candidate.score - Self.ambiguityMargin - 0.01
            return intent.candidate.score > ceiling ? intent.scored(ceiling) : intent
        }
    }
}

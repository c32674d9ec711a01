extension IntentMatcher {
    /// A line that only names an exercise or target, perhaps after a leading "what about": a follow-up or an
    /// overview, unless a negative keyword of that intent rules it out.
    func bareEntity(_ line: AnalyzedLine, found: PhraseHits, context: MatchContext) -> Candidate? {
        guard let mention = line.mentions.first else { return nil }
        var tally = Tally(line: line, wholeLine: true)
        tally.claim(mention)
        var evidence = [Candidate.Evidence(typed: typed(mention.range, line), matched: mention.name, role: mention.kind.rawValue)]
        for marker in intents.language.followUpMarkers {
            for range in line.occurrences(of: marker) where range.lowerBound <= 1 && !tally.overlaps(range) {
                tally.claim(range, required: false)
                evidence.append(.init(typed: typed(range, line), matched: marker.text, role: "follow-up"))
            }
        }
        let hasMarker = evidence.count > 1
        guard hasMarker || mention.range.count * 2 >= line.tokens.count else { return nil }
        let last = context.lastIntent.flatMap(intents.intent)
        let intent: IntentDefinition?
        switch mention.kind {
        case .exercise:
            intent = last.flatMap { $0.followUp && $0.exercise != .ignored ? $0 : nil } ?? intents.intent(.overview)
        case .target:
            intent = last.flatMap { $0.followUp && $0.target != .ignored ? $0 : nil } ?? intents.intent(.recommend)
        }
        guard let intent else { return nil }
        // The intent's negative keywords rule it out here too: "translate lower back pain into Spanish".
        if let position = positions[intent.id], compiled[position].negative.contains(where: { found[$0] != nil }) {
            return nil
        }
        let exercise = mention.kind == .exercise ? ExerciseID(mention.id) : nil
        return Candidate(
            intent: intent.id, score: tally.confidence - (hasMarker ? 0 : 0.1), evidence: evidence,
            exercise: exercise, target: mention.kind == .target ? mention.id : nil,
            exerciseSource: exercise == nil ? nil : .line, missing: nil
        )
    }
}

/// Scores every intent against a line by keywords and entities, and says which one to answer.
public struct IntentMatcher: Sendable {
    /// Score below which a line is "not understood".
    public static let threshold = 0.6
    /// Score at which a veto intent (medical questions) wins over every other intent but red flags.
    public static let vetoThreshold = 0.45
    /// How close the top two scores must be for the coach to ask which was meant.
    public static let ambiguityMargin = 0.03

    /// Words that point back at the exercise last talked about.
    static let pronouns: Set<String> = ["it", "they", "them", "this", "that", "these", "those", "its", "theyre"]
    /// Words that make a clause a question, not a statement of how the body feels.
    static let questionWords: Set<String> = ["how", "hows", "what", "whats", "which", "why", "whys", "where", "when", "who", "whose"]

    /// The intents matched against.
    public let intents: IntentSet
    /// The analyser that reads lines against the intents' vocabulary.
    public let analyzer: LineAnalyzer
    /// The red-flag detector, which outranks every intent.
    let redFlags: RedFlagDetector
    private let targetExercises: [String: [String]]
    let phrases: PhraseIndex
    let compiled: [CompiledIntent]
    /// Each compiled intent's position in `compiled`, by id.
    let positions: [IntentID: Int]
    private let index: IntentIndex

    /// An intent's keywords as phrase numbers in `phrases`.
    struct CompiledIntent: Sendable {
        let definition: IntentDefinition
        let required: [[Int]]
        let optional: [Int]
        let negative: [Int]
        let statement: [Int]
        let statementAlone: [Int]
        let statementCauses: [Int]
    }

    /// Prepares a matcher for an intent set and the knowledge base it answers from.
    public init(intents: IntentSet, knowledge: KnowledgeBase = .article) {
        self.intents = intents
        analyzer = LineAnalyzer(intents: intents)
        redFlags = RedFlagDetector(intents: intents)
        var map: [String: [String]] = [:]
        for exercise in knowledge.exercises { for target in exercise.targets { map[target, default: []].append(exercise.id.rawValue) } }
        targetExercises = map
        let answered = intents.intents.filter { $0.redFlag == nil }
        var index = intents.readyIndexes?.matcher ?? PhraseIndex(capacity: answered.reduce(0) { $0 + $1.keywordCount })
        compiled = answered.map { intent in
            CompiledIntent(
                definition: intent,
                required: intent.required.map { group in group.map { index.id(for: $0) } },
                optional: intent.optional.map { index.id(for: $0) },
                negative: intent.negative.map { index.id(for: $0) },
                statement: intent.statement.map { index.id(for: $0) },
                statementAlone: intent.statementAlone.map { index.id(for: $0) },
                statementCauses: intent.statementCauses.map { index.id(for: $0) })
        }
        phrases = index
        positions = Dictionary(compiled.enumerated().map { ($0.element.definition.id, $0.offset) }) { first, _ in first }
        self.index = IntentIndex(phraseCount: index.texts.count, intents: compiled.map { ($0.required, $0.statement) })
    }

    /// Matches one line in a conversation's context.
    public func match(_ text: String, context: MatchContext = MatchContext()) -> MatchResult {
        let line = analyzer.analyze(text)
        var vague: RedFlagDetector.Finding?
        if let finding = redFlags.detect(line), !Self.answers(finding, context) {
            // In answer to a triage question, a vague one is read with the line's yes or no: "yeah, about a stone in two months".
            guard context.askedAbout != nil, finding.intent.redFlag?.isUrgent == false else {
                return MatchResult(line: line, redFlag: finding, candidates: [], threshold: Self.threshold)
            }
            vague = finding
        }
        var found = phrases.occurrences(in: line)
        let indexed = index.candidates(found).map { compiled[$0] }
        let leading = context.askedAbout == nil && !context.answersWarning ? nil : leadingAnswer(among: indexed, found: found, line: line)
        let target = mostSpecificTarget(in: line)
        let markers = intents.language.questionMarkers.flatMap { line.occurrences(of: $0) }
        let questionStart = markers.map(\.upperBound).max() ?? 0
        // A question marker ("my question is", "anyway") leads into a question; its words are no keyword of one.
        if !markers.isEmpty { found.remove(within: markers) }
        let scored = indexed.compactMap { intent in
            intent.definition.heardIn.map(context.heard.contains) == false ? nil
                : score(intent, found: found, target: target, line: line, context: context, questionStart: questionStart)
        }
        var candidates = closingRequestFirst(fullerRequestFirst(scored), in: line, questionStart: questionStart)
        if let bare = bareEntity(line, found: found, context: context) { candidates.append(bare) }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
        if let veto = candidates.first(where: { intents.intent($0.intent)?.veto == true && $0.score >= Self.vetoThreshold }) {
            candidates = [Candidate(
                intent: veto.intent, score: max(veto.score, Self.threshold), evidence: veto.evidence, exercise: nil, target: nil,
                exerciseSource: nil, missing: nil)] + candidates.filter { $0.intent != veto.intent }
        }
        var seen = Set<IntentID>()
        candidates = candidates.filter { seen.insert($0.intent).inserted }
        // When unsure whether a line is a red flag, ask: a line no intent understood that touches a warning sign.
        if vague == nil, (candidates.first?.score ?? 0) < Self.threshold, let finding = redFlags.detect(line, scope: .unclearLines),
           !Self.answers(finding, context) {
            vague = finding
            guard leading != nil else { return MatchResult(line: line, redFlag: finding, candidates: [], threshold: Self.threshold) }
        }
        return MatchResult(line: line, redFlag: vague, candidates: candidates, threshold: Self.threshold, leadingAnswer: leading)
    }

    /// Whether a vague symptom is the one whose triage question the line answers: its yes or no is what counts.
    private static func answers(_ finding: RedFlagDetector.Finding, _ context: MatchContext) -> Bool {
        finding.intent.redFlag?.isUrgent == false && finding.symptom.name == context.askedAbout
    }

    /// Scores one intent, or nil when a required keyword group is missing or a negative keyword is present.
    private func score(
        _ compiled: CompiledIntent, found: PhraseHits, target primaryTarget: EntityMention?, line: AnalyzedLine,
        context: MatchContext, questionStart: Int
    ) -> ScoredIntent? {
        let intent = compiled.definition
        let stated = line.firstMention(.exercise) == nil ? statedState(compiled, found: found, line: line, context: context) : nil
        let keywordRanges = found.ranges(of: compiled.required.joined())
        let negatives = ruling(compiled, found: found, keywordRanges: keywordRanges, line: line, questionStart: questionStart)
        // The person's own state outweighs negatives up to the end of its clause: "my back is stiff from the laptop".
        if let stated, stated.owned {
            let clause = line.tokens[stated.range.lowerBound].clause
            if negatives.contains(where: { line.tokens[$0.lowerBound].clause > clause }) { return nil }
        } else if !negatives.isEmpty {
            return nil
        }
        // A dialogue act is the point of the whole line, except where it is expected: in a routine, "pause, the
        // phone is ringing" is a pause; a yes or no is expected only where it leads the line.
        let answersQuestion = intent.action != .affirm && intent.action != .decline || answerLeads(compiled, found: found, line: line)
        let expected = (intent.heardIn.map(context.heard.contains) ?? context.heard.contains(.routine)) && answersQuestion
        var tally = Tally(line: line, wholeLine: intent.wholeLine.applies(to: line) && !expected)
        var evidence: [Candidate.Evidence] = []
        var keywordPositions: [Int] = [], fillerKeywordPositions: [Int] = []
        for group in compiled.required {
            let hits = group.flatMap { id in (found[id] ?? []).map { (id, $0) } }
                .filter { !intent.veto || !(line.negatedBy[$0.1.lowerBound].map { line.isNegator[$0] } ?? false) }
                .filter { intent.wholeLine != .yes || !Self.saidOfAnother($0.1, in: line) }
                .sorted { $0.1.count > $1.1.count }
            guard !hits.isEmpty else {
                if stated == nil { return nil }
                continue
            }
            for (id, range) in hits where !tally.overlaps(range) {
                tally.claim(range, required: true)
                if range.contains(where: { !line.isFiller[$0] }) { keywordPositions.append(range.lowerBound) } else { fillerKeywordPositions.append(range.lowerBound) }
                evidence.append(.init(typed: typed(range, line), matched: phrases.texts[id], role: "keyword"))
            }
        }
        for id in compiled.optional {
            for range in found[id] ?? [] where !tally.overlaps(range) {
                tally.claim(range, required: false)
                evidence.append(.init(typed: typed(range, line), matched: phrases.texts[id], role: "optional keyword"))
            }
        }
        if let stated, !tally.overlaps(stated.range) {
            tally.claim(stated.range, required: true)
            evidence.append(.init(typed: typed(stated.range, line), matched: typed(stated.range, line), role: "statement"))
        }
        var exercise: ExerciseID?
        var exerciseSource: Candidate.EntitySource?
        var target: String?
        var missing: EntityKind?
        if intent.target != .ignored, let mention = primaryTarget {
            target = mention.id
            for other in line.mentions where other.kind == .target {
                tally.claim(other)
                evidence.append(.init(typed: typed(other.range, line), matched: other.name, role: "target"))
            }
        } else if intent.target != .ignored {
            target = stated?.impliedTarget
        }
        if intent.exercise != .ignored {
            // Of the exercises named, the one asked about is in a sentence with the question's keywords: "I enjoy the
            // clam shells. What I can't work out is the wall sit: how long do I hold it?"
            let keywordSentences = Set(keywordRanges.map { line.tokens[$0.lowerBound].sentence })
            let allNamed = line.mentions.filter { $0.kind == .exercise }
            let asked = allNamed.filter { keywordSentences.contains(line.tokens[$0.range.lowerBound].sentence) }
            let named = asked.isEmpty ? allNamed : asked
            if let mention = named.first(where: { !$0.isWeak }) ?? named.first {
                exercise = ExerciseID(mention.id)
                exerciseSource = .line
                for same in allNamed where same.id == mention.id {
                    tally.claim(same)
                    evidence.append(.init(typed: typed(same.range, line), matched: same.name, role: "exercise"))
                }
            } else if let mention = primaryTarget, let only = targetExercises[mention.id], only.count == 1 {
                exercise = ExerciseID(only[0])
                exerciseSource = .target
                if target == nil {
                    tally.claim(mention)
                    evidence.append(.init(typed: typed(mention.range, line), matched: mention.name, role: "target"))
                }
            } else if let remembered = context.exercise {
                exercise = remembered
                exerciseSource = .context
            }
        }
        if let exercise, exerciseSource == .line || exerciseSource == .target {
            for mention in line.mentions where mention.kind == .target && targetExercises[mention.id]?.contains(exercise.rawValue) == true {
                tally.claim(mention)
            }
        }
        var targetFromContext = false
        if intent.target == .required, target == nil {
            if let remembered = context.target, exercise == nil {
                target = remembered
                targetFromContext = true
            } else if exercise == nil {
                missing = .target
            }
        }
        if intent.exercise == .required, exercise == nil { missing = .exercise }
        var value = tally.confidence
        if missing != nil { value -= 0.25 }
        if exerciseSource == .line, line.mentions.allSatisfy({ $0.kind != .exercise || $0.isWeak }) { value -= 0.1 }
        if exerciseSource == .target, intent.exercise == .required { value -= 0.15 }
        let unclaimed = intent.veto ? [] : line.mentions.filter { !tally.overlaps($0.range) }
        if intent.exercise == .ignored, unclaimed.contains(where: { $0.kind == .exercise }) { value -= 0.05 }
        if intent.exercise == .ignored, intent.target == .ignored, unclaimed.contains(where: { $0.kind == .target }) { value -= 0.1 }
        let refersBack = context.exercise != nil && line.tokens.contains { Self.pronouns.contains($0.text) }
        if exerciseSource == .context, intent.exercise == .required, !refersBack { value -= 0.05 }
        if refersBack, intent.exercise == .ignored, line.firstMention(.exercise) == nil { value -= 0.1 }
        if targetFromContext { value -= 0.05 }
        if stated != nil { value = max(value, Self.threshold + 0.02) }
        value = max(0, min(1, value)) + Double(intent.priority) / 100
        let candidate = Candidate(
            intent: intent.id, score: value, evidence: evidence, exercise: exercise, target: target,
            exerciseSource: exerciseSource, missing: missing
        )
        return ScoredIntent(
            candidate: candidate, request: intent.request, keywords: keywordPositions, fillerKeywords: fillerKeywordPositions,
            mentions: line.mentions.filter { tally.overlaps($0.range) }.map(\.range.lowerBound), statement: stated?.range.lowerBound)
    }

    /// The target mention helped by the fewest exercises: "tight hamstrings" over "back"; on a tie, the longest.
    private func mostSpecificTarget(in line: AnalyzedLine) -> EntityMention? {
        line.mentions.filter { $0.kind == .target }.min {
            ((targetExercises[$0.id]?.count ?? 99), -$0.range.count) < ((targetExercises[$1.id]?.count ?? 99), -$1.range.count)
        }
    }

    func typed(_ range: Range<Int>, _ line: AnalyzedLine) -> String {
        range.map { line.tokens[$0].text }.joined(separator: " ")
    }
}

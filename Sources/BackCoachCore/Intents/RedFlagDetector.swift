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

    /// A symptom with its phrases as numbers in the detector's phrase index.
    private struct CompiledSymptom: Sendable {
        let intent: IntentDefinition
        let symptom: Symptom
        let patterns: [[[Int]]]
        let unless: [Int]
        let unlessInLine: [Int]
        let lineWide: [Int]
    }

    private let symptoms: [CompiledSymptom]
    /// Every pattern of every symptom, in order, as (symptom, pattern) positions, and the index that says which
    /// of them have a hit in each of their groups.
    private let patterns: [(symptom: Int, pattern: Int)]
    private let patternIndex: IntentIndex
    let phrases: PhraseIndex
    private let ageLimits: [Int: (over: Bool, limit: Int)]
    /// The special phrases that stand for a stated measure (`temperature over 38`), by number, with their readers.
    private let measures: [Int: StatedMeasure.Reader]
    /// Phrase numbers of other people and animals, and of the words that make their red flag the question.
    let someoneElse: [Int], theirBack: [Int]
    /// Phrase numbers of the words that hedge what is said ("maybe", "not sure", "a scare").
    private let hedges: [Int]
    /// Phrase numbers of the words that report what another person says or sees ("says", "noticed").
    let reporting: [Int]
    /// Phrase numbers of the words that tell of an episode long over ("years ago"), and of the question markers
    /// after which the speaker asks their own question ("anyway").
    let pastEpisode: [Int], questionMarkers: [Int]
    /// Phrase numbers of the words for a clinician or a check by one, and of the all-clear they give.
    let clinicians: [Int], allClear: [Int]
    /// Phrase numbers of the words by which the speaker shares another's symptom ("and so do I").
    let sharedBySpeaker: [Int]
    /// The intent that asks the triage question, if the set has one.
    private let triage: IntentDefinition?
    /// The noun of each other person or animal named by a determiner and one word ("patient" of "my patients"), but no
    /// filler: a symptom said just before one describes them ("I look after incontinent patients"). Never the last word
    /// of a longer name, which may be a verb or a place ("mum fell", "a lad at work": "my legs won't work").
    let othersNouns: Set<String>
    let firstPerson: Set<String>

    /// Collects the red-flag intents of a set, emergency first.
    public init(intents: IntentSet) {
        let phraseCount = intents.intents.flatMap(\.symptoms).reduce(0) { $0 + $1.phraseCount }
        let language = intents.language
        var index = intents.readyIndexes?.redFlags ?? PhraseIndex(capacity: phraseCount + language.someoneElse.count + language.theirBack.count + language.hedges.count
                                   + language.reporting.count + language.pastEpisode.count + language.questionMarkers.count
                                   + language.clinicians.count + language.allClear.count + language.sharedBySpeaker.count)
        var ages: [Int: (over: Bool, limit: Int)] = [:]
        var measures: [Int: StatedMeasure.Reader] = [:]
        symptoms = intents.intents.filter { $0.redFlag != nil }
            .sorted { ($0.redFlag?.rank ?? 3) < ($1.redFlag?.rank ?? 3) }
            .flatMap { intent in
                intent.symptoms.map { symptom in
                    CompiledSymptom(
                        intent: intent, symptom: symptom,
                        patterns: symptom.patterns.map { pattern in
                            pattern.map { group in
                                group.map { phrase in
                                    let id = index.id(for: phrase)
                                    if let limit = StatedAge.limit(of: phrase) { ages[id] = limit }
                                    if let reader = StatedMeasure.reader(for: phrase) { measures[id] = reader }
                                    return id
                                }
                            }
                        },
                        unless: symptom.unless.map { index.id(for: $0) },
                        unlessInLine: symptom.unlessInLine.map { index.id(for: $0) },
                        lineWide: symptom.lineWide.map { index.id(for: $0) })
                }
            }
        someoneElse = intents.language.someoneElse.map { index.id(for: $0) }
        theirBack = intents.language.theirBack.map { index.id(for: $0) }
        hedges = language.hedges.map { index.id(for: $0) }
        reporting = language.reporting.map { index.id(for: $0) }
        pastEpisode = language.pastEpisode.map { index.id(for: $0) }
        questionMarkers = language.questionMarkers.map { index.id(for: $0) }
        clinicians = language.clinicians.map { index.id(for: $0) }
        allClear = language.allClear.map { index.id(for: $0) }
        sharedBySpeaker = language.sharedBySpeaker.map { index.id(for: $0) }
        triage = intents.intents.first { $0.redFlag == .check }
        othersNouns = Set(intents.language.someoneElse.filter { $0.stems.count == 2 && language.fillers.contains($0.stems[0]) }
            .compactMap(\.stems.last)).subtracting(intents.language.fillers)
        firstPerson = intents.language.firstPerson
        phrases = index
        ageLimits = ages
        self.measures = measures
        let compiled = symptoms
        let positions = compiled.indices.flatMap { symptom in compiled[symptom].patterns.indices.map { (symptom: symptom, pattern: $0) } }
        patterns = positions
        patternIndex = IntentIndex(phraseCount: index.texts.count, intents: positions.map { (compiled[$0.symptom].patterns[$0.pattern], []) })
    }

    /// The most urgent symptom the line describes and does not deny, if any, among the symptoms looked for in
    /// lines of `scope`.
    public func detect(_ line: AnalyzedLine, scope: SymptomScope = .everyLine) -> Finding? {
        var found = phrases.occurrences(in: line)
        // Someone named with a dropped "'s" ("my mum's 82" reads "my mums 82"): a number right after states their age.
        let contracted = Set(found.ranges(of: someoneElse).map(\.upperBound).filter { end in
            let last = line.tokens[end - 1]
            return last.text.hasSuffix("s") && last.stem != last.text
        })
        var ages = Set<Int>()
        for (id, limit) in ageLimits {
            let position = StatedAge.position(in: line, beyond: limit, afterContractedName: contracted)
            found[id] = position.map { [$0..<($0 + 1)] }
            if let position { ages.insert(position) }
        }
        for (id, reader) in measures { found[id] = reader(line).map { [$0] } }
        let passages = line.passages()
        let hedgedClauses = Self.hedgedClauses(found.ranges(of: hedges), in: line)
        var hedged: Finding?
        // Only the patterns with a hit in every group, in symptom order, most urgent first.
        for (symptom, pattern) in patternIndex.candidates(found).map({ patterns[$0] }) {
            let compiled = symptoms[symptom]
            guard compiled.symptom.scope == scope, !compiled.unlessInLine.contains(where: { found[$0] != nil }) else { continue }
            // Another sense rules out the words of its own clause, and of the clause it follows as an afterthought; the
            // pattern is tried with the words outside them: "worried about my bladder, I wet myself twice".
            let unlessClauses = Self.clausesRuledOut(by: found.ranges(of: compiled.unless), hedged: hedgedClauses, in: line)
            // A stated age, and a lasting condition the symptom declares line-wide, hold anywhere in the line.
            let lasting = Set(found.ranges(of: compiled.lineWide).map(\.lowerBound))
            let anywhere = lasting.isEmpty ? ages : ages.union(lasting)
            // An urgent symptom said plainly outside the hedged clauses is certain: "worried about my bladder, I wet myself".
            let urgent = compiled.intent.redFlag?.isUrgent == true
            let plain = urgent && !hedgedClauses.isEmpty
                ? match(compiled.patterns[pattern], found: found, anywhere: anywhere, passages: passages, outside: unlessClauses.union(hedgedClauses), in: line)
                : nil
            guard let ranges = plain ?? match(compiled.patterns[pattern], found: found, anywhere: anywhere, passages: passages, outside: unlessClauses, in: line)
            else { continue }
            if belongsToSomeoneElse(ranges, lasting: lasting, found: found, in: line) { continue }
            if compiled.intent.redFlag == .check || compiled.symptom.clearable, clearedByClinician(ranges, found: found, in: line) { continue }
            let evidence = ranges.map { range in range.map { line.tokens[$0].text }.joined(separator: " ") }
            let finding = Finding(intent: compiled.intent, symptom: compiled.symptom, evidence: evidence)
            // Said with a hedge ("maybe a bit of a fever, not sure", "a cancer scare"), an urgent symptom is asked
            // about, unless the line says another one plainly.
            if urgent, plain == nil, ranges.contains(where: { hedgedClauses.contains(line.tokens[$0.lowerBound].clause) }) {
                if hedged == nil { hedged = finding }
                continue
            }
            // A vague sign found after a hedged urgent one is asked about less than it: "I might've had a wee accident
            // in the night" asks about the bladder, not a fall.
            if !urgent, let hedged { return askedAbout(hedged) }
            return finding
        }
        return hedged.map(askedAbout)
    }

    /// A hedged urgent finding as the triage question about it, whose yes is as urgent as the finding.
    private func askedAbout(_ finding: Finding) -> Finding {
        guard let triage else { return finding }
        let symptom = Symptom(name: finding.symptom.name, patterns: [], unless: [], unlessInLine: [],
                              question: Messages.hedgedQuestion(finding.symptom.name), escalatesTo: finding.intent.redFlag)
        return Finding(intent: triage, symptom: symptom, evidence: finding.evidence)
    }

    /// The token ranges matching every group of a pattern, none denied nor in one of the `outside` clauses, or nil. A
    /// negation that is part of a matched phrase ("no feeling", "don't feel anything") describes the symptom, so it
    /// denies nothing else.
    private func match(
        _ pattern: [[Int]], found: PhraseHits, anywhere: Set<Int>, passages: [Int], outside: Set<Int>, in line: AnalyzedLine
    ) -> [Range<Int>]? {
        let candidates = pattern.map { group in
            found.ranges(of: group).filter { range in outside.isEmpty || !range.contains { outside.contains(line.tokens[$0].clause) } }
        }
        let describing = Set(candidates.joined().map(\.lowerBound).filter { line.negatedBy[$0] == nil && line.isNegator[$0] })
        let allowed = candidates.map { group in
            group.filter { range in line.negatedBy[range.lowerBound].map(describing.contains) ?? true }
        }
        guard allowed.allSatisfy({ !$0.isEmpty }), let chosen = closeTogether(allowed, anywhere: anywhere, passages: passages, in: line) else { return nil }
        // A lone negator describes a symptom only in its own clause: "I'm not incontinent, I just pee a lot" is no
        // "can't pee".
        let clauses = chosen.map { line.tokens[$0.lowerBound].clause }
        for (position, range) in chosen.enumerated() where range.allSatisfy({ line.isNegator[$0] }) {
            guard clauses.indices.contains(where: { $0 != position && clauses[$0] == clauses[position] }) else { return nil }
        }
        return chosen
    }
}

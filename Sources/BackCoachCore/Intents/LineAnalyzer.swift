/// Reads lines against an intent set's vocabulary: corrects typos, marks negations, finds entities.
public struct LineAnalyzer: Sendable {
    let language: LanguageRules
    private let vocabulary: Set<String>
    private let typos: TypoCorrector
    private let nameCompletion: NameCompletion
    private let entityNames: [(kind: EntityKind, id: String, phrase: Phrase, weak: Bool)]
    private let notNames: [Phrase]
    /// Positions in `entityNames` and `notNames` of the phrases that start with each stem, so a line looks up only
    /// the names that can start at one of its words.
    private let namesByFirstStem: [String: (names: [Int], notNames: [Int])]
    /// Positions in the language's `denialsAfter` of the denials that start with each stem.
    let denialsByFirstStem: [String: [Int]]
    /// The first stems of the language's `listDenialsAfter`, and the stems of its one-word `clinicians`.
    let listDenialFirstStems: Set<String>, clinicianWords: Set<String>
    /// Longest typed word worth splitting; longer ones are not words.
    private static let longestWord = 30
    /// Longest pair of typed words checked for a misplaced space, in letters.
    private static let longestMovedSpace = 14

    /// What a typed word is to the analyser.
    struct WordKinds: OptionSet {
        let rawValue: UInt8
        static let filler = WordKinds(rawValue: 1)
        static let negator = WordKinds(rawValue: 2)
        static let skippable = WordKinds(rawValue: 4)
    }

    /// The kinds of the language's fillers, negators and skippable words, so each typed word is looked up once.
    private let wordKinds: [String: WordKinds]

    /// Prepares the vocabulary of an intent set.
    public init(intents: IntentSet) {
        language = intents.language
        var names: [(EntityKind, String, Phrase, Bool)] = []
        for (kind, values) in [(EntityKind.exercise, intents.exercises), (.target, intents.targets)] {
            for value in values {
                for phrase in value.names { names.append((kind, value.id, phrase, false)) }
                for phrase in value.weakNames { names.append((kind, value.id, phrase, true)) }
            }
        }
        entityNames = names.sorted { $0.2.stems.count > $1.2.stems.count }
        notNames = (intents.exercises + intents.targets).flatMap(\.notNames)
        var byFirstStem: [String: (names: [Int], notNames: [Int])] = [:]
        for (position, name) in entityNames.enumerated() {
            if let first = name.phrase.stems.first { byFirstStem[first, default: ([], [])].names.append(position) }
        }
        for (position, phrase) in notNames.enumerated() {
            if let first = phrase.stems.first { byFirstStem[first, default: ([], [])].notNames.append(position) }
        }
        namesByFirstStem = byFirstStem
        denialsByFirstStem = Dictionary(grouping: intents.language.denialsAfter.indices.filter { !intents.language.denialsAfter[$0].stems.isEmpty }) {
            intents.language.denialsAfter[$0].stems[0]
        }
        listDenialFirstStems = Set(intents.language.listDenialsAfter.compactMap(\.stems.first))
        clinicianWords = Set(intents.language.clinicians.filter { $0.stems.count == 1 }.map { $0.stems[0] })
        var kinds: [String: WordKinds] = [:]
        for word in language.fillers { kinds[word, default: []].insert(.filler) }
        for word in language.negators { kinds[word, default: []].insert(.negator) }
        for word in language.skippable { kinds[word, default: []].insert(.skippable) }
        wordKinds = kinds
        // A typo is never corrected into a word only red flags use: "cancel" is not "cancer", "fewer" not "fever".
        typos = TypoCorrector(words: intents.vocabulary.correctable, fillers: language.fillers)
        nameCompletion = NameCompletion(intents: intents)
        vocabulary = intents.vocabulary.known
    }

    /// Analyses one raw line.
    public func analyze(_ line: String) -> AnalyzedLine {
        var corrections: [Correction] = []
        var tokens = TextNormalizer.tokens(language.spellingOutEmoji(in: line)).map { token in
            guard let fixed = language.spellings[token.text] else { return token }
            corrections.append(Correction(typed: token.text, understood: fixed))
            return Token(text: fixed, stem: TextNormalizer.stem(fixed), clause: token.clause, sentence: token.sentence)
        }
        tokens = splitJoinedWords(mergeSplitWords(tokens), corrections: &corrections)
        // Each typed word and stem is looked up once.
        var kinds = tokens.map { wordKinds[$0.text] ?? [] }
        let phrases = negationPhrases(tokens, kinds: kinds)
        for position in phrases.notNegations.joined() where kinds[position].contains(.negator) { kinds[position].remove(.negator) }
        let stemKnown = tokens.map { vocabulary.contains($0.stem) }
        var words: [String] = []
        for (index, token) in tokens.enumerated() {
            if stemKnown[index] || !kinds[index].isDisjoint(with: [.filler, .negator]) {
                words.append(token.stem)
            } else if let fixed = typos.correction(for: token.stem) {
                corrections.append(Correction(typed: token.text, understood: fixed))
                words.append(fixed)
            } else {
                words.append(token.stem)
            }
        }
        let completed = nameCompletion.complete(words, tokens: tokens)
        words = completed.words
        corrections += completed.corrections
        let isFiller = tokens.indices.map { kinds[$0].contains(.filler) || tokens[$0].text.allSatisfy(\.isNumber) }
        let isKnown = words.indices.map { words[$0] == tokens[$0].stem ? stemKnown[$0] : vocabulary.contains(words[$0]) }
        let isNegator = kinds.map { $0.contains(.negator) }
        return AnalyzedLine(
            tokens: tokens, words: words, isFiller: isFiller, isSkippable: kinds.map { $0.contains(.skippable) },
            negatedBy: negations(tokens, kinds: kinds, phrases: phrases, endsAsking: line.last { !$0.isWhitespace } == "?"),
            isNegator: isNegator,
            isKnown: isKnown, corrections: corrections, mentions: mentions(in: words)
        )
    }

    /// Joins two typed words into one when together they spell a known word: "wal sit" as "wallsit".
    private func mergeSplitWords(_ tokens: [Token]) -> [Token] {
        guard tokens.count > 1 else { return tokens }
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, tokens[index].clause == tokens[index + 1].clause {
                let first = tokens[index], second = tokens[index + 1]
                let bothKnown = vocabulary.contains(first.stem) && vocabulary.contains(second.stem)
                let joined = TextNormalizer.stem(first.text + second.text)
                if !bothKnown, joined.count >= 6, !language.fillers.contains(first.text), !language.fillers.contains(second.text),
                    typos.isKnown(joined) || typos.correction(for: joined) != nil
                {
                    result.append(Token(text: first.text + second.text, stem: joined, clause: first.clause, sentence: first.sentence))
                    index += 2
                    continue
                }
                if let (left, right) = movedSpace(first, second) {
                    result.append(Token(text: left, stem: TextNormalizer.stem(left), clause: first.clause, sentence: first.sentence))
                    result.append(Token(text: right, stem: TextNormalizer.stem(right), clause: first.clause, sentence: first.sentence))
                    index += 2
                    continue
                }
            }
            result.append(tokens[index])
            index += 1
        }
        return result
    }

    /// Two unknown typed words that are two known ones with the space in the wrong place: "gob ack" as "go back".
    private func movedSpace(_ first: Token, _ second: Token) -> (String, String)? {
        let isKnown = { (word: String) in self.vocabulary.contains(TextNormalizer.stem(word)) || self.language.fillers.contains(word) }
        guard !isKnown(first.text), !isKnown(second.text), first.text.allSatisfy(\.isLetter), second.text.allSatisfy(\.isLetter) else { return nil }
        let joined = Array(first.text + second.text)
        guard joined.count <= Self.longestMovedSpace else { return nil }
        for cut in 2..<max(2, joined.count - 1) where cut != first.text.count {
            let left = String(joined[..<cut]), right = String(joined[cut...])
            if isKnown(left), isKnown(right) { return (left, right) }
        }
        return nil
    }

    /// Splits a typed word into two known words when it is two run together: "recliningtwist" as "reclining twist".
    private func splitJoinedWords(_ tokens: [Token], corrections: inout [Correction]) -> [Token] {
        var result: [Token] = []
        for token in tokens {
            let text = Array(token.text)
            guard (10...Self.longestWord).contains(text.count), !vocabulary.contains(token.stem), !language.fillers.contains(token.text),
                  token.text.allSatisfy(\.isLetter)
            else {
                result.append(token)
                continue
            }
            let splits = (5...(text.count - 5)).compactMap { cut -> (String, String)? in
                let left = String(text[..<cut]), right = String(text[cut...])
                guard vocabulary.contains(TextNormalizer.stem(left)), vocabulary.contains(TextNormalizer.stem(right)) else { return nil }
                return (left, right)
            }
            guard let (left, right) = splits.max(by: { min($0.0.count, $0.1.count) < min($1.0.count, $1.1.count) }) else {
                result.append(token)
                continue
            }
            corrections.append(Correction(typed: token.text, understood: left + " " + right))
            result.append(Token(text: left, stem: TextNormalizer.stem(left), clause: token.clause, sentence: token.sentence))
            result.append(Token(text: right, stem: TextNormalizer.stem(right), clause: token.clause, sentence: token.sentence))
        }
        return result
    }

    /// Entity names in the words, longest first, never overlapping.
    private func mentions(in words: [String]) -> [EntityMention] {
        var taken = [Bool](repeating: false, count: words.count)
        var result: [EntityMention] = []
        let positions = AnalyzedLine.index(words)
        let starting = positions.keys.compactMap { namesByFirstStem[$0] }
        for phrase in starting.flatMap(\.notNames).map({ notNames[$0] }) {
            for range in AnalyzedLine.occurrences(of: phrase.stems, in: words, positions: positions) {
                for position in range { taken[position] = true }
            }
        }
        // Longest names first, as `entityNames` is ordered.
        for (kind, id, phrase, weak) in starting.flatMap(\.names).sorted().map({ entityNames[$0] }) {
            for range in AnalyzedLine.occurrences(of: phrase.stems, in: words, positions: positions) where !taken[range].contains(true) {
                result.append(EntityMention(kind: kind, id: id, range: range, name: phrase.text, isWeak: weak))
                for position in range { taken[position] = true }
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

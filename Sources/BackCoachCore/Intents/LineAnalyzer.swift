/// Reads lines against an intent set's vocabulary: corrects typos, marks negations, finds entities.
public struct LineAnalyzer: Sendable {
    private let language: LanguageRules
    private let vocabulary: Set<String>
    private let typos: TypoCorrector
    private let entityNames: [(kind: EntityKind, id: String, phrase: Phrase, weak: Bool)]
    private let notNames: [Phrase]
    /// Positions in `entityNames` and `notNames` of the phrases that start with each stem, so a line looks up only
    /// the names that can start at one of its words.
    private let namesByFirstStem: [String: (names: [Int], notNames: [Int])]
    /// Positions in the language's `denialsAfter` of the denials that start with each stem.
    private let denialsByFirstStem: [String: [Int]]
    /// Longest typed word worth splitting; longer ones are not words.
    private static let longestWord = 30
    /// Longest pair of typed words checked for a misplaced space, in letters.
    private static let longestMovedSpace = 14
    /// Longest negation scope, in words.
    private static let negationReach = 6
    /// How close after a negator a reverser must stand to make it a symptom ("no control", "not able to").
    private static let reverserReach = 3
    /// Words that make a following reverser a denial again ("haven't lost control").
    private static let losing: Set<String> = ["lost", "lose", "losing", "loss"]
    /// Words that end a negation's reach by setting what follows against it: "no numbness, no tingling, just stiff".
    private static let contrasts: Set<String> = ["just", "only", "merely", "simply"]

    /// What a typed word is to the analyser.
    private struct WordKinds: OptionSet {
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
        // A typo is never corrected into a word only red flags use: "cancel" is not "cancer", "fewer" not "fever".
        var kinds: [String: WordKinds] = [:]
        for word in language.fillers { kinds[word, default: []].insert(.filler) }
        for word in language.negators { kinds[word, default: []].insert(.negator) }
        for word in language.skippable { kinds[word, default: []].insert(.skippable) }
        wordKinds = kinds
        typos = TypoCorrector(words: intents.vocabulary.correctable, fillers: language.fillers)
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
        let kinds = tokens.map { wordKinds[$0.text] ?? [] }
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
        let isFiller = tokens.indices.map { kinds[$0].contains(.filler) || tokens[$0].text.allSatisfy(\.isNumber) }
        let isKnown = words.indices.map { words[$0] == tokens[$0].stem ? stemKnown[$0] : vocabulary.contains(words[$0]) }
        let isNegator = kinds.map { $0.contains(.negator) }
        return AnalyzedLine(
            tokens: tokens, words: words, isFiller: isFiller, isSkippable: kinds.map { $0.contains(.skippable) },
            negatedBy: negations(tokens, kinds: kinds), isNegator: isNegator,
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

    /// For each word a negator reaches, that negator's position: the rest of its clause, up to a few words,
    /// unless a reverser in that reach makes it a symptom ("haven't been able to pee"), and not past a contrast ("no
    /// numbness just stiff"). A denial after words
    /// ("my bladder is fine", "bladder and bowels are fine") reaches back the same way, with itself as the negator.
    private func negations(_ tokens: [Token], kinds: [WordKinds]) -> [Int?] {
        var negatedBy = [Int?](repeating: nil, count: tokens.count)
        for (index, token) in tokens.enumerated() where kinds[index].contains(.negator) {
            let reach = ((index + 1)..<min(tokens.count, index + 1 + Self.negationReach))
                .prefix { tokens[$0].clause == token.clause && !Self.contrasts.contains(tokens[$0].text) }
            let reversed = reach.prefix(Self.reverserReach).prefix { !Self.losing.contains(tokens[$0].text) }
                .contains { language.negationReversers.contains(tokens[$0].text) }
            if reversed { continue }
            for position in reach where negatedBy[position] == nil { negatedBy[position] = index }
        }
        if let last = tokens.last, Self.answersNo.contains(last.text), tokens.count > 1 {
            let previousClause = tokens[tokens.count - 2].clause
            for position in tokens.indices.dropLast() where tokens[position].clause >= previousClause - 1 && negatedBy[position] == nil {
                negatedBy[position] = tokens.count - 1
            }
        }
        // A sentence that opens with a clause that only says no answers the short question before it: "night
        // sweats? no. chills? not at all.", "cancer? no, capricorn."
        for (index, token) in tokens.enumerated() where index > 0 && tokens[index - 1].sentence != token.sentence {
            let answer = tokens[index...].prefix { $0.sentence == token.sentence && $0.clause == token.clause }
            guard answer.indices.contains(where: { Self.answersNo.contains(tokens[$0].text) || kinds[$0].contains(.negator) }),
                  !answer.contains(where: { Self.unsure.contains($0.text) }),
                  answer.indices.allSatisfy({ Self.answersNo.contains(tokens[$0].text) || !kinds[$0].isDisjoint(with: [.negator, .filler]) })
            else { continue }
            let asked = tokens[..<index].indices.filter { tokens[$0].sentence == tokens[index - 1].sentence }
            guard asked.count <= Self.negationReach else { continue }
            for position in asked where negatedBy[position] == nil { negatedBy[position] = index }
        }
        for start in denialStarts(tokens) {
            // "not so good", "not fine": a negated denial says something is wrong; it denies nothing.
            if (max(0, start - 2)..<start).contains(where: { kinds[$0].contains(.negator) }) { continue }
            // "is numbness normal?": a clause that asks denies nothing.
            let opening = tokens[..<start].lastIndex { $0.clause != tokens[start].clause }.map { $0 + 1 } ?? 0
            if Self.questionOpeners.contains(tokens[opening].text) { continue }
            var position = start - 1
            var clause = tokens[start].clause
            while position >= 0, start - position <= Self.negationReach {
                if tokens[position].clause != clause {
                    guard tokens[position + 1].text == "and", position + 2 < tokens.count,
                          !Self.clauseStarters.contains(tokens[position + 2].text)
                    else { break }
                    clause = tokens[position].clause
                }
                if negatedBy[position] == nil { negatedBy[position] = start }
                position -= 1
            }
        }
        return negatedBy
    }

    /// The positions where a denial after words starts, denial by denial in the language's order, each denial's
    /// positions from the left: only the denials that start with one of the line's stems are compared.
    private func denialStarts(_ tokens: [Token]) -> [Int] {
        var starts: [(denial: Int, start: Int)] = []
        for (start, token) in tokens.enumerated() {
            for denial in denialsByFirstStem[token.stem] ?? [] {
                let stems = language.denialsAfter[denial].stems
                guard start + stems.count <= tokens.count,
                      zip(tokens[start..<(start + stems.count)], stems).allSatisfy({ $0.stem == $1 }) else { continue }
                starts.append((denial, start))
            }
        }
        return starts.sorted { ($0.denial, $0.start) < ($1.denial, $1.start) }.map(\.start)
    }

    /// Words that answer a question with no.
    private static let answersNo: Set<String> = ["no", "nope", "none", "nah"]
    /// Words that make a "no" or "not" say the person does not know: "no idea", "not sure", "don't know".
    private static let unsure: Set<String> = ["idea", "clue", "sure", "certain", "know", "knows", "dunno", "think", "tell"]

    /// Words that open a question: a denial in a clause they open asks, it does not deny.
    private static let questionOpeners: Set<String> = ["is", "are", "am", "was", "were", "does", "do", "did", "can", "could", "should", "would", "will", "isnt", "arent"]

    /// Words that start a new statement after "and", so a denial after them does not reach back past "and".
    private static let clauseStarters: Set<String> = ["my", "the", "i", "im", "it", "its", "his", "her", "their", "our", "she", "he", "they", "we", "this", "that"]

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

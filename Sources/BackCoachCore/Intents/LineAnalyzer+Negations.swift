/// How far each negation of a line reaches: negators, denials said after their words, and the "no" that answers a
/// short question.
extension LineAnalyzer {
    /// Longest negation scope, in words.
    static let negationReach = 6
    /// How close after a negator a reverser must stand to make it a symptom ("no control", "not able to").
    static let reverserReach = 3
    /// Words that make a following reverser a denial again ("haven't lost control").
    static let losing: Set<String> = ["lost", "lose", "losing", "loss"]
    /// Words that end a negation's reach by setting what follows against it: "no numbness, no tingling, just stiff".
    static let contrasts: Set<String> = ["just", "only", "merely", "simply"]

    /// For each word a negator reaches, that negator's position: the rest of its clause, up to a few words,
    /// unless a reverser in that reach makes it a symptom ("haven't been able to pee"), and not past a contrast ("no
    /// numbness just stiff") or another negator. A denial after words
    /// ("my bladder is fine", "bladder and bowels are fine") reaches back the same way, with itself as the negator,
    /// unless it is a word of one of the `notNegations` ("for a good few years"); a list denial after it ("… and I had
    /// none of them") reaches back over the short items before it. `endsAsking`: the line ends with a question mark.
    func negations(_ tokens: [Token], kinds: [WordKinds], phrases: NegationPhrases, endsAsking: Bool) -> [Int?] {
        var negatedBy = [Int?](repeating: nil, count: tokens.count)
        for (index, token) in tokens.enumerated() where kinds[index].contains(.negator) {
            // "not sure if", "don't know if", "no idea whether" doubt what follows; they deny none of it.
            if Self.doubts(tokens, at: index + 1) { continue }
            // A second negator in reach takes over, as in negative concord: "ain't got no feeling" says there is no
            // feeling, "don't have no numbness" that there is none.
            let reach = ((index + 1)..<min(tokens.count, index + 1 + Self.negationReach))
                .prefix { tokens[$0].clause == token.clause && !Self.contrasts.contains(tokens[$0].text) && !kinds[$0].contains(.negator) }
            let reversed = reach.prefix(Self.reverserReach).prefix { !Self.losing.contains(tokens[$0].text) }
                .contains { language.negationReversers.contains(tokens[$0].text) }
            if reversed { continue }
            for position in reach + Self.listItems(after: reach.last ?? index, of: index, tokens) where negatedBy[position] == nil {
                negatedBy[position] = index
            }
        }
        if let last = tokens.last, Self.answersNo.contains(last.text), tokens.count > 1 {
            let previousClause = tokens[tokens.count - 2].clause
            for position in tokens.indices.dropLast() where tokens[position].clause >= previousClause - 1 && negatedBy[position] == nil {
                negatedBy[position] = tokens.count - 1
            }
        }
        // A sentence that opens with a clause that only says no, or only that all is well, answers the short question
        // before it: "night sweats? no. chills? not at all.", "cancer? no, capricorn.", "bladder control? fine."
        for (index, token) in tokens.enumerated() where index > 0 && tokens[index - 1].sentence != token.sentence {
            // A sentence that asks answers nothing: one opening with a question word ("both legs are numb. is that
            // normal"), or the last when the line ends with a question mark ("numb groin since this morning. normal?").
            if Self.questionOpeners.contains(token.text) || endsAsking && token.sentence == tokens[tokens.count - 1].sentence { continue }
            let answer = tokens[index...].prefix { $0.sentence == token.sentence && $0.clause == token.clause }
            let saysNo = answer.indices.contains(where: { Self.answersNo.contains(tokens[$0].text) || kinds[$0].contains(.negator) })
                && !answer.contains(where: { Self.unsure.contains($0.text) })
                && answer.indices.allSatisfy({ Self.answersNo.contains(tokens[$0].text) || !kinds[$0].isDisjoint(with: [.negator, .filler]) })
            guard saysNo || onlyDenial(Array(answer)) || onlyDenial(answer.indices.filter { !kinds[$0].contains(.filler) }.map { tokens[$0] })
            else { continue }
            let asked = tokens[..<index].indices.filter { tokens[$0].sentence == tokens[index - 1].sentence }
            guard asked.count <= Self.negationReach else { continue }
            for position in asked where negatedBy[position] == nil { negatedBy[position] = index }
        }
        // Note form, a no after a sentence's short first clause: "falls - none.", "numbness: no".
        for (index, token) in tokens.enumerated() where index > 0 && tokens[index - 1].clause != token.clause
            && Self.answersNo.contains(token.text) && (index + 1 == tokens.count || tokens[index + 1].clause != token.clause)
            && Self.notedItem(before: index, tokens) {
            for position in tokens[..<index].indices.reversed().prefix(while: { tokens[$0].clause == tokens[index - 1].clause })
            where negatedBy[position] == nil { negatedBy[position] = index }
        }
        for (item, no) in Self.checklistItems(tokens) {
            for position in item where negatedBy[position] == nil { negatedBy[position] = no }
        }
        for (clauseStart, denial) in listDenials(phrases.listDenials, tokens) {
            for item in listItems(before: clauseStart, tokens) where negatedBy[item] == nil { negatedBy[item] = denial }
        }
        for start in denialStarts(tokens) where !phrases.notNegations.contains(where: { $0.contains(start) }) {
            let opening = tokens[..<start].lastIndex { $0.clause != tokens[start].clause }.map { $0 + 1 } ?? 0
            // "not so good", "not fine", "I can not make pee good", "I can't feel my two feet good": a denial negated
            // in its clause says something is wrong; it denies nothing.
            if (max(opening, start - Self.negationReach)..<start).contains(where: { kinds[$0].contains(.negator) || Self.cannot.contains(tokens[$0].text) }) { continue }
            // "is numbness normal?": a clause that asks denies nothing; nor does a question asked at its end, without a
            // comma: "first time ever im 17 is that normal".
            if Self.questionOpeners.contains(tokens[opening].text) { continue }
            if start >= 2, Self.questionOpeners.contains(tokens[start - 2].text), Self.askedOf.contains(tokens[start - 1].text) { continue }
            // Nor one doubted: "not sure if my bladder is working properly", "no idea whether my legs are ok".
            if (opening..<start).contains(where: { Self.doubts(tokens, at: $0) }) { continue }
            var position = start - 1
            var clause = tokens[start].clause
            // Note form, a clause of only the denial after a sentence's short first clause: "bladder - same as ever.",
            // "bowels: normal".
            if opening == start, Self.notedItem(before: start, tokens) { clause = tokens[start - 1].clause }
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

    /// The language's phrases that change how far a line's negations reach, found over one index of its stems.
    struct NegationPhrases {
        /// Phrases whose negator or denial word denies nothing, an exclamation, an emphatic, a comparison with now or
        /// an amount: the "no" of "oh no I think I've wet myself", of "no joke, I can't feel my legs", the "never" of
        /// "never ... like this" in "I've never leaked like this", the "good" of "for a good few years".
        var notNegations: [Range<Int>] = []
        /// The `listDenialsAfter` in the line: "none of them", "none of those".
        var listDenials: [Range<Int>] = []
    }

    /// The `notNegations` and `listDenialsAfter` of a line, looked for only when it has a word one can start with.
    func negationPhrases(_ tokens: [Token], kinds: [WordKinds]) -> NegationPhrases {
        let mayNotNegate = kinds.contains { $0.contains(.negator) } || tokens.contains { denialsByFirstStem[$0.stem] != nil }
        let mayDenyList = tokens.contains { listDenialFirstStems.contains($0.stem) }
        guard mayNotNegate || mayDenyList else { return NegationPhrases() }
        let stems = tokens.map(\.stem)
        let positions = Dictionary(grouping: stems.indices) { stems[$0] }
        func find(_ phrases: [Phrase]) -> [Range<Int>] {
            phrases.flatMap { AnalyzedLine.occurrences(of: $0.stems, in: stems, positions: positions) }
        }
        return NegationPhrases(notNegations: mayNotNegate ? find(language.notNegations) : [],
                               listDenials: mayDenyList ? find(language.listDenialsAfter) : [])
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

    /// Whether the clause before `start` is a sentence's first and at most `maximumItemWords` long, naming no one:
    /// an item of a note ("bladder - fine"), not a statement ("I wet myself, fine").
    static func notedItem(before start: Int, _ tokens: [Token]) -> Bool {
        guard start > 0, tokens[start - 1].sentence == tokens[start].sentence else { return false }
        let clause = tokens[start - 1].clause
        let item = tokens[..<start].indices.reversed().prefix { tokens[$0].clause == clause }
        guard let first = item.last, item.count <= maximumItemWords, !item.contains(where: { notedSubjects.contains(tokens[$0].text) }) else { return false }
        return first == 0 || tokens[first - 1].sentence != tokens[first].sentence
    }

    /// The items of a checklist ticked off with a no after each, and where each no is: "temperature no, weight loss
    /// no, bladder no". Each is a clause of a few words naming no one, closed by the no.
    static func checklistItems(_ tokens: [Token]) -> [(item: Range<Int>, no: Int)] {
        clauses(of: tokens).compactMap { clause in
            let last = clause.upperBound - 1
            guard clause.count >= 2, clause.count <= maximumItemWords + 1, answersNo.contains(tokens[last].text),
                  !tokens[clause].contains(where: { notedSubjects.contains($0.text) || answersNo.contains($0.text) && $0 != tokens[last] })
            else { return nil }
            return (clause.lowerBound..<last, last)
        }
    }

    /// The ranges of a line's clauses, in order.
    static func clauses(of tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices where index + 1 == tokens.count || tokens[index + 1].clause != tokens[index].clause {
            result.append(start..<(index + 1))
            start = index + 1
        }
        return result
    }

    /// Words that make a short clause a statement by someone rather than a note's item.
    static let notedSubjects: Set<String> = ["i", "im", "ive", "id", "me", "he", "she", "they", "we", "its", "it"]

    /// The words of a list a negation runs on into, past its clause: "no fever, chills or weight loss", "denies
    /// fever, night sweats, wt loss". Each item is a clause of a few words in the same sentence; the list must close
    /// with "or" or "nor", unless the negator is a clinician's "denies", and ends with the item it closes, which may
    /// be as long as a negation reaches: "no numbness, weakness or any trouble going to the toilet". A longer clause
    /// is no item: "no fever, night sweats for a week now" denies only the fever.
    static func listItems(after last: Int, of negator: Int, _ tokens: [Token]) -> [Int] {
        guard last + 1 < tokens.count, tokens[last + 1].clause != tokens[negator].clause else { return [] }
        let clinical = listDenials.contains(tokens[negator].text)
        var items: [Int] = [], position = last + 1, closed = false
        while position < tokens.count, tokens[position].sentence == tokens[negator].sentence, items.count < maximumListWords {
            let clause = tokens[position...].prefix { $0.clause == tokens[position].clause && $0.sentence == tokens[position].sentence }
            let closer = clause.firstIndex { listClosers.contains($0.text) }
            let words = clause[..<(closer ?? clause.endIndex)].filter { !listJoiners.contains($0.text) }.count
            let closing = closer.map { clause[($0 + 1)...].filter { !listJoiners.contains($0.text) }.count } ?? 0
            guard (1...maximumItemWords + negationReach).contains(words + closing), words <= maximumItemWords, closing <= negationReach,
                  !clause.contains(where: { contrasts.contains($0.text) }),
                  !TextNormalizer.clauseBreakers.subtracting(listJoiners).contains(tokens[position].text)
            else { break }
            items += clause.indices
            position = clause.endIndex
            if closer != nil {
                closed = true
                break
            }
        }
        return clinical || closed ? items : []
    }

    /// Of the `listDenialsAfter` found, each that ends its clause: where its clause starts, and where it starts
    /// ("… weight loss, | and I had none of them.").
    private func listDenials(_ found: [Range<Int>], _ tokens: [Token]) -> [(clauseStart: Int, denial: Int)] {
        found
            .filter { $0.upperBound == tokens.count || tokens[$0.upperBound].clause != tokens[$0.upperBound - 1].clause }
            .map { range in (tokens[..<range.lowerBound].lastIndex { $0.clause != tokens[range.lowerBound].clause }.map { $0 + 1 } ?? 0, range.lowerBound) }
    }

    /// The words of the list a denial after it reaches back over: the clauses before it in its sentence, each a short
    /// item ("numbness in the saddle", "weight loss"), up to the first longer clause or the first that names the
    /// speaker or a clinician ("he asked about all the warning signs", "I wet myself today", "the GP asked about
    /// fever"), which it does not reach.
    func listItems(before start: Int, _ tokens: [Token]) -> [Int] {
        var items: [Int] = [], end = start
        while end > 0, tokens[end - 1].sentence == tokens[start].sentence, items.count < Self.maximumListWords + Self.maximumItemWords {
            let clause = tokens[end - 1].clause
            let first = tokens[..<end].lastIndex { $0.clause != clause }.map { $0 + 1 } ?? 0
            guard tokens[first..<end].filter({ !Self.listJoiners.contains($0.text) }).count <= Self.maximumItemWords + 2,
                  !tokens[first..<end].contains(where: { language.firstPerson.contains($0.text) || clinicianWords.contains($0.stem) })
            else { break }
            items += first..<end
            end = first
        }
        return items
    }

    /// Negators that deny every item of the list after them, as a clinician writes: "denies fever, sweats, weight loss".
    static let listDenials: Set<String> = ["deny", "denies"]
    /// Words that join the items of a list, and those of them that close a list of things denied.
    static let listJoiners: Set<String> = ["and", "or", "nor"]
    static let listClosers: Set<String> = ["or", "nor"]
    /// The most words an item of a denied list has, and the most words the list runs on for.
    static let maximumItemWords = 3
    static let maximumListWords = 9

    /// Whether words are one denial said after its words and nothing else: "fine", "all good", "normal".
    private func onlyDenial(_ words: [Token]) -> Bool {
        guard let first = words.first else { return false }
        return (denialsByFirstStem[first.stem] ?? []).contains { denial in
            let stems = language.denialsAfter[denial].stems
            return stems.count == words.count && zip(words, stems).allSatisfy { $0.stem == $1 }
        }
    }

    /// Whether the words at `position` say doubt: an `unsure` word, then "if" or "whether" ("sure if", "know whether").
    static func doubts(_ tokens: [Token], at position: Int) -> Bool {
        position + 1 < tokens.count && unsure.contains(tokens[position].text) && asksWhether.contains(tokens[position + 1].text)
    }

    /// Words for cannot, which are no negators (a symptom is said with them: "can't feel"), but make a denial after
    /// them in their clause say how something is wrong.
    static let cannot: Set<String> = ["cant", "cannot", "couldnt", "cyaan", "kyaan", "caan"]
    /// Words that answer a question with no.
    static let answersNo: Set<String> = ["no", "nope", "none", "nah"]
    /// Words after a negator and an `unsure` word that make it doubt instead of deny: "not sure if my walking is off",
    /// "can't tell whether my legs are weaker"; a denial said after them in their clause denies nothing.
    static let asksWhether: Set<String> = ["if", "whether"]
    /// Words that make a "no" or "not" say the person does not know: "no idea", "not sure", "don't know".
    static let unsure: Set<String> = ["idea", "clue", "sure", "certain", "know", "knows", "dunno", "idk", "think", "tell"]

    /// Words that open a question: a denial in a clause they open asks, it does not deny.
    static let questionOpeners: Set<String> = ["is", "are", "am", "was", "were", "does", "do", "did", "can", "could", "should", "would", "will", "isnt", "arent"]

    /// Words a question asks about just before a denial word: "is that normal", "is it ok", "are they fine".
    static let askedOf: Set<String> = ["that", "this", "it", "they", "these", "those"]

    /// Words that start a new statement after "and", so a denial after them does not reach back past "and".
    static let clauseStarters: Set<String> = ["my", "the", "i", "im", "it", "its", "his", "her", "their", "our", "she", "he", "they", "we", "this", "that"]
}

/// An age stated in a line, for the red-flag patterns `age over 50` and `age under 20`: "I'm 55", "16 years old",
/// "72F, first episode", "I am seventy-three".
enum StatedAge {
    /// The age a number at `index` says, in digits ("55", "16yo") or words from twenty up ("seventy three"; not "I'm
    /// ten minutes in"), and where it ends.
    private static func reading(at index: Int, in words: [String]) -> (age: Int, last: Int)? {
        let word = words[index]
        if word.hasSuffix("yo"), let age = Int(word.dropLast(2)) { return (age, index) }
        if let sex = word.last, "mf".contains(sex), let age = Int(word.dropLast()) { return (age, index) }
        guard let number = NumberWords.value(at: index, in: words), Int(word) != nil || number.value >= 20 else { return nil }
        return (number.value, number.last)
    }

    /// For the special phrases `age over 50` and `age under 20`, the limit they test.
    static func limit(of phrase: Phrase) -> (over: Bool, limit: Int)? {
        guard phrase.stems.count == 3, phrase.stems[0] == "age", let limit = Int(phrase.stems[2]) else { return nil }
        switch phrase.stems[1] {
        case "over": return (true, limit)
        case "under": return (false, limit)
        default: return nil
        }
    }

    /// Words for the patient a clinical age follows: "pt 71M, first episode LBP".
    private static let patients: Set<String> = ["pt", "pts", "patient", "client", "self"]

    /// Whether an age at `index` opens a clause, as in a clinical note ("..., 72F, first episode").
    private static func clinicalNoteStart(_ line: AnalyzedLine, at index: Int) -> Bool {
        line.tokens[index].clause != line.tokens[index - 1].clause
    }

    /// Whether the number at `index` is a clause of its own right after a clause in which the speaker says who they
    /// are: "I am a retired teacher, 58, and ...". Not after a number ("sets of 10, 15").
    private static func apposition(_ line: AnalyzedLine, at index: Int) -> Bool {
        let tokens = line.tokens
        guard index > 0, tokens[index - 1].clause != tokens[index].clause, !tokens[index - 1].text.allSatisfy(\.isNumber),
              index + 1 == tokens.count || tokens[index + 1].clause != tokens[index].clause
        else { return false }
        let previous = tokens[..<index].filter { $0.clause == tokens[index - 1].clause }.map(\.text)
        return previous.contains("im") || zip(previous, previous.dropFirst()).contains { $0 == "i" && $1 == "am" }
    }

    /// Whether the number at `index` opens a later sentence as a clause of its own, as a post gives the writer's age
    /// after a greeting: "Asking for myself this time lol. 58, never had a day of back pain until 5 weeks ago". Not
    /// after a question, which it answers: "How many reps? 60, is that too many?".
    private static func sentenceOpening(_ line: AnalyzedLine, at index: Int, last: Int) -> Bool {
        let tokens = line.tokens
        guard index > 0, tokens[index].sentence != tokens[index - 1].sentence,
              last + 1 < tokens.count, tokens[last + 1].clause != tokens[last].clause else { return false }
        let previous = tokens[..<index].filter { $0.sentence == tokens[index - 1].sentence }
        return !previous.contains { IntentMatcher.questionWords.contains($0.text) }
    }

    /// Whether the number at `index` corrects an age said just before it in its sentence: "I'm 45 — sorry, 54".
    private static func correction(_ words: [String], _ line: AnalyzedLine, at index: Int) -> Bool {
        guard index > 0, correcting.contains(words[index - 1]) else { return false }
        let sentence = line.tokens[index].sentence
        return (max(1, index - 6)..<index).contains { position in
            line.tokens[position].sentence == sentence && Int(words[position]) != nil && ["im", "am", "aged"].contains(words[position - 1])
        }
    }

    /// Words that take back what was just said and give it again: "sorry", "I mean".
    private static let correcting: Set<String> = ["sorry", "mean", "correction", "actually", "rather", "oops"]

    /// Whether the number at `index` is a clause of its own in the line's first sentence, after a short opening clause
    /// that says who the writer is or what follows: "Retired schoolteacher, 71. I have never suffered back pain until
    /// this fortnight.", "Bit of background: 63, retired teacher, …"
    private static func signedOpening(_ line: AnalyzedLine, at index: Int, last: Int) -> Bool {
        let tokens = line.tokens
        guard index > 0, index <= 3, tokens[index].sentence == 0, tokens[index - 1].clause == tokens[0].clause,
              tokens[index].clause != tokens[0].clause, last + 1 < tokens.count, tokens[last + 1].clause != tokens[last].clause
        else { return false }
        return !tokens[..<index].contains { $0.text.allSatisfy(\.isNumber) || IntentMatcher.questionWords.contains($0.text) }
    }

    /// Where the line states an age beyond a limit ("I'm 55", "16 years old", a line opening "16 and ..." or "60,
    /// ...", "my mum's 82"), if it does.
    static func position(in line: AnalyzedLine, beyond limit: (over: Bool, limit: Int), afterContractedName: Set<Int>) -> Int? {
        let words = line.tokens.map(\.text)
        for (index, word) in words.enumerated() {
            guard let (age, last) = reading(at: index, in: words), (5...110).contains(age) else { continue }
            let before = index > 0 ? words[index - 1] : ""
            let beforeTwo = index > 1 ? words[index - 2] + " " + before : ""
            let after = last + 1 < words.count ? words[last + 1] : ""
            // An age with the sex joined to it, as a clinical note writes it ("61M, first ep LBP"), opens the note
            // or a clause of it, or follows the patient; "60m" elsewhere is metres or minutes.
            let sexJoined = word.last.map { "mf".contains($0) } == true && Int(word.dropLast()) != nil
            let noteAge = index == 0 || clinicalNoteStart(line, at: index) || patients.contains(before)
            if sexJoined, !noteAge { continue }
            let statesAge = sexJoined || ["im", "aged", "age", "turned", "turning", "is", "am", "shes", "hes", "was", "now", "at"].contains(before) || beforeTwo == "i am"
                || ["year", "years", "yr", "yrs", "yo", "here"].contains(after) || word.hasSuffix("yo")
                || (["f", "m"].contains(after) && noteAge)
                || (index == 0 && (after == "and" || words.count > 1 && line.tokens[1].clause != line.tokens[0].clause))
                || (limit.over && (sentenceOpening(line, at: index, last: last) || signedOpening(line, at: index, last: last)))
                || afterContractedName.contains(index)
                || apposition(line, at: index)
                || correction(words, line, at: index)
            guard statesAge else { continue }
            if limit.over ? age > limit.limit : age < limit.limit { return index }
        }
        return nil
    }
}

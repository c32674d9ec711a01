extension RedFlagDetector {
    /// Verbs that go on to tell of the person just named, after a clause saying who they are to the speaker.
    private static let tellingVerbs: Set<String> = ["has", "had", "is", "was", "got", "gets", "s", "been", "hasnt", "isnt"]

    /// Where the words about another person go on after a clause that names them by the speaker's tie to them, right
    /// after their name: in "the client I clean for has cancer" and "the lady that I look after had a fall", the
    /// speaker's "I" only says who she is. `name` is the position just after the name; the result is where the
    /// clause ends, or `name` when there is none.
    static func endOfRelativeClause(after name: Int, in line: AnalyzedLine) -> Int {
        let tokens = line.tokens
        var index = name
        if index < tokens.count, ["who", "that", "whom"].contains(tokens[index].text) { index += 1 }
        guard index + 2 < tokens.count, tokens[index].text == "i", tokens[index].clause == tokens[max(0, name - 1)].clause else {
            return name
        }
        // "I" and a verb, then at most two words ("for", "look after", "work with") before the verb about them.
        for end in (index + 2)...min(index + 4, tokens.count - 1) where tellingVerbs.contains(tokens[end].text) {
            return tokens[index..<end].allSatisfy({ $0.clause == tokens[index].clause }) ? end : name
        }
        return name
    }
}

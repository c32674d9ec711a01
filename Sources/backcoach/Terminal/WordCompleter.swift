/// What Tab offers at the prompt: phrases (exercise names, commands) completed from the words typed so far,
/// ignoring case. Pure: no terminal, no libedit, so it is unit-tested directly.
struct WordCompleter: Sendable {
    /// The phrases offered, without empty or case-insensitively repeated ones (the first spelling wins).
    let candidates: [String]

    /// Makes a completer over phrases.
    init(candidates: [String]) {
        var seen = Set<String>()
        self.candidates = candidates.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// The texts offered for `word`, the word under the cursor at the end of `lineBeforeCursor`.
    ///
    /// A candidate phrase may start at an earlier word of the line ("clam s" offers "shells" from
    /// "clam shells"); the longest such context that matches wins.
    func completions(forWord word: String, lineBeforeCursor: String) -> [String] {
        var line = Array(lineBeforeCursor)
        let typedWord = Array(word)
        if line.count < typedWord.count || !Array(line.suffix(typedWord.count)).elementsEqual(typedWord) {
            line = typedWord
        }
        let wordStart = line.count - typedWord.count
        for start in 0...wordStart {
            let atWordBoundary = start == 0 || line[start - 1].isWhitespace
            guard atWordBoundary, start == wordStart || !line[start].isWhitespace else { continue }
            let found = matches(typed: line[start...], contextLength: wordStart - start)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// What libedit is given: the single completion, or the shared prefix followed by every choice.
    func choices(forWord word: String, lineBeforeCursor: String) -> [String] {
        let found = completions(forWord: word, lineBeforeCursor: lineBeforeCursor)
        guard found.count > 1 else { return found }
        return [Self.commonPrefix(of: found, atLeast: word)] + found
    }

    /// The longest case-insensitive common prefix of `texts`, spelled as the first one, or `typed` when that is no longer.
    static func commonPrefix(of texts: [String], atLeast typed: String) -> String {
        guard var prefix = texts.first.map(Array.init) else { return typed }
        for text in texts.dropFirst() {
            let shared = zip(prefix, text).prefix { $0.lowercased() == $1.lowercased() }.count
            prefix.removeLast(prefix.count - shared)
        }
        return prefix.count > typed.count ? String(prefix) : typed
    }

    private func matches(typed: ArraySlice<Character>, contextLength: Int) -> [String] {
        var found: [String] = []
        for candidate in candidates {
            let phrase = Array(candidate)
            guard phrase.count >= typed.count,
                  zip(phrase, typed).allSatisfy({ $0.lowercased() == $1.lowercased() }) else { continue }
            let completion = String(phrase[contextLength...])
            if !found.contains(where: { $0.lowercased() == completion.lowercased() }) { found.append(completion) }
        }
        return found
    }
}

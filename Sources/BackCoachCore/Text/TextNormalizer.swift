import Foundation

/// Turns a raw line into safe display text and into the tokens the matcher reads.
public enum TextNormalizer {
    /// Longest line the coach reads; the rest of a longer line is ignored.
    public static let maximumLineLength = 2_000

    /// Removes terminal escape sequences and control characters, and caps the length, so the text can be shown.
    public static func sanitized(_ raw: String, limit: Int = maximumLineLength) -> String {
        if raw.utf8.count <= limit, raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII: nothing to remove, only the spaces at either end.
            let bytes = raw.utf8
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return "" }
            return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) ? raw : String(raw[first...last])
        }
        var result = ""
        var iterator = raw.unicodeScalars.makeIterator()
        var count = 0
        while let scalar = iterator.next(), count < limit {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&iterator)
            case 0x09:
                result.unicodeScalars.append(" ")
                count += 1
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0xFFFD:
                continue
            default:
                result.unicodeScalars.append(scalar)
                count += 1
            }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// Consumes the rest of an ANSI escape sequence whose ESC was just read.
    private static func skipEscapeSequence(_ iterator: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = iterator.next() else { return }
        switch introducer {
        case "[":
            while let scalar = iterator.next(), !(0x40...0x7E).contains(scalar.value) {}
        case "]", "P", "X", "^", "_":
            var previous: Unicode.Scalar?
            while let scalar = iterator.next() {
                if scalar.value == 0x07 || (previous?.value == 0x1B && scalar == "\\") { break }
                previous = scalar
            }
        default:
            return
        }
    }

    /// Words that end a clause, so a negation before them does not reach past them.
    static let clauseBreakers: Set<String> = ["but", "however", "although", "though", "except", "yet", "and", "also", "plus", "because", "cause", "since"]

    /// Clause breakers that join what they part: a clause they open goes on with the one before.
    static let clauseJoiners: Set<String> = ["and", "also", "plus"]

    /// The word a percent sign stands for: "15%" is "15 percent", never a word dropped.
    static let percentWord = "percent"

    /// Contractions that hide a word the matcher needs ("what's" is "what is"), after apostrophes are dropped.
    static let contractions: [String: [String]] = [
        "whats": ["what", "is"], "thats": ["that", "is"], "wheres": ["where", "is"], "hows": ["how", "is"],
        "whos": ["who", "is"], "heres": ["here", "is"], "theres": ["there", "is"], "whys": ["why", "is"],
        "whatre": ["what", "are"], "howd": ["how", "did"],
    ]

    /// Counts tokenised lines for the task that sets it; nil, and free, everywhere else.
    @TaskLocal public static var tokenCounter: TokenCounter?

    /// Splits a line into lower-cased, diacritic-free tokens grouped into clauses.
    public static func tokens(_ raw: String) -> [Token] {
        tokenCounter?.increment()
        return joiningPairs(ASCIITokenizer.tokens(raw) ?? generalTokens(raw))
    }

    /// Pairs whose "and" joins two words of one phrase, not two clauses: "in and out of the car seat".
    static let pairedWords: Set<String> = ["in out", "up down", "on off", "back forth", "to fro", "over over", "again again"]

    /// The tokens with the clause an "and" of a paired phrase started joined back to the clause before it.
    static func joiningPairs(_ tokens: [Token]) -> [Token] {
        guard tokens.count > 2, tokens.contains(where: { $0.text == "and" }) else { return tokens }
        var result = tokens
        for index in 1..<(result.count - 1) where result[index].text == "and" && result[index].clause == result[index - 1].clause + 1
            && pairedWords.contains(result[index - 1].text + " " + result[index + 1].text) {
            let joined = result[index].clause
            for later in index..<result.count where result[later].clause >= joined {
                result[later] = Token(text: result[later].text, stem: result[later].stem, clause: result[later].clause - 1, sentence: result[later].sentence)
            }
        }
        return result
    }

    /// `tokens` for any line: sanitised, folded and split by `Character`.
    static func generalTokens(_ raw: String) -> [Token] {
        let folded = sanitized(raw)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
            .replacingOccurrences(of: " - ", with: " , ")
        var tokens: [Token] = []
        var clause = 0
        var sentence = 0
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            if clauseBreakers.contains(word) && !tokens.isEmpty && tokens.last?.clause == clause { clause += 1 }
            if let expanded = contractions[word] {
                for part in expanded { tokens.append(Token(text: part, stem: stem(part), clause: clause, sentence: sentence)) }
            } else {
                tokens.append(Token(text: word, stem: stem(word), clause: clause, sentence: sentence))
            }
            word = ""
        }
        for character in folded {
            if character.isLetter || character.isNumber {
                // A number runs into its unit ("10kg", "38c"): they are two words.
                if let last = word.last, last.isNumber, character.isLetter, word.allSatisfy(\.isNumber) { flush() }
                word.append(character)
            } else if character == "'" || character == "\u{2019}" || character == "`" {
                continue
            } else if character == "%" {
                flush()
                word = percentWord
                flush()
            } else {
                flush()
                if ".,;:!?()[]{}\"\u{2014}\u{2013}\u{2026}".contains(character), tokens.last?.clause == clause { clause += 1 }
                if ".;!?\u{2026}\n".contains(character), tokens.last?.sentence == sentence { sentence += 1 }
            }
        }
        flush()
        return tokens
    }

    /// A light English stemmer: plurals and a few endings, so "crunches", "hips" and "hammies" meet their singulars.
    public static func stem(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return ASCIITokenizer.stem(Array(word.utf8), text: word) }
        return generalStem(word)
    }

    /// Words ending in "ing" that are no "-ing" form, whose stem would be another word: "evening" is not "even", so "I
    /// didn't even notice" greets nobody.
    static let wholeIngWords: Set<String> = ["evening"]

    /// `stem` for any word, by `Character`.
    static func generalStem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        if word.count >= 6, word.hasSuffix("ing"), !wholeIngWords.contains(word) {
            var root = String(word.dropLast(3))
            if let last = root.last, root.count >= 4, root.dropLast().last == last, !"lsz".contains(last) { root.removeLast() }
            return root
        }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        for ending in ["ches", "shes", "xes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }
}

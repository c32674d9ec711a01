/// The tokeniser's fast path: one pass over the UTF-8 bytes of a plain-ASCII line, giving exactly the tokens the
/// general path (sanitise, fold, lower-case, split by `Character`) gives, without Foundation.
enum ASCIITokenizer {
    /// The tokens of `raw`, or nil when the line needs the general path: a byte outside printable ASCII other
    /// than a tab, or a line longer than the coach reads.
    static func tokens(_ raw: String) -> [Token]? {
        var raw = raw
        return raw.withUTF8 { bytes -> [Token]? in
            guard bytes.count <= TextNormalizer.maximumLineLength else { return nil }
            var start = 0, end = bytes.count
            for byte in bytes where !(byte == 0x09 || (0x20..<0x7F).contains(byte)) { return nil }
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return split(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// Splits trimmed printable ASCII into tokens, clauses and sentences.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 1)
        var clause = 0, sentence = 0
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var wordIsNumber = true
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(decoding: word, as: UTF8.self)
            if TextNormalizer.clauseBreakers.contains(text) && !tokens.isEmpty && tokens.last?.clause == clause { clause += 1 }
            if let expanded = TextNormalizer.contractions[text] {
                for part in expanded { tokens.append(Token(text: part, stem: TextNormalizer.stem(part), clause: clause, sentence: sentence)) }
            } else {
                tokens.append(Token(text: text, stem: stem(word, text: text), clause: clause, sentence: sentence))
            }
            word.removeAll(keepingCapacity: true)
            wordIsNumber = true
        }
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            // " - " reads as " , ", as the general path's replacement does (left to right, not overlapping).
            if byte == 0x2D, index > 0, index + 1 < bytes.count, isSpace(bytes[index - 1]), isSpace(bytes[index + 1]),
               !followsReplacedDash(bytes, at: index) {
                byte = 0x2C
            }
            if byte == 0x09 { byte = 0x20 }
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            let isLetter = byte >= 0x61 && byte <= 0x7A, isDigit = byte >= 0x30 && byte <= 0x39
            if isLetter || isDigit {
                // A number runs into its unit ("10kg", "38c"): they are two words.
                if isLetter, !word.isEmpty, wordIsNumber { flush() }
                word.append(byte)
                if isLetter { wordIsNumber = false }
            } else if byte == 0x27 || byte == 0x60 {
                // Apostrophes and backquotes vanish: "don't" is "dont".
            } else if byte == 0x25 {
                flush()
                word.append(contentsOf: TextNormalizer.percentWord.utf8)
                wordIsNumber = false
                flush()
            } else {
                flush()
                if punctuationBreaksClause(byte), tokens.last?.clause == clause { clause += 1 }
                if byte == 0x2E || byte == 0x3B || byte == 0x21 || byte == 0x3F, tokens.last?.sentence == sentence { sentence += 1 }
            }
            index += 1
        }
        flush()
        return tokens
    }

    /// Whether the " - " around `index` overlaps one replaced just before it ("a - - b": the second dash's leading
    /// space was the first one's trailing space, so it stays a dash).
    private static func followsReplacedDash(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var dash = index - 2
        var replaced = false
        // Walk back over a run of " - - - ": each dash is replaced only when the one before it was not.
        while dash >= 1, bytes[dash] == 0x2D, isSpace(bytes[dash - 1]), isSpace(bytes[dash + 1]) {
            replaced.toggle()
            dash -= 2
        }
        return replaced
    }

    /// A space, or a tab (which the general path turns into one).
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func punctuationBreaksClause(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22: true
        default: false
        }
    }

    /// `TextNormalizer.stem` over an ASCII word, returning `text` itself when nothing changes.
    static func stem(_ word: [UInt8], text: String) -> String {
        let count = word.count
        guard count > 3, word.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }) else { return text }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            return suffix.withUTF8Buffer { suffix in (0..<length).allSatisfy { word[count - length + $0] == suffix[$0] } }
        }
        func prefix(_ length: Int) -> String { String(decoding: word[0..<length], as: UTF8.self) }
        if count >= 6, ends("ing"), !TextNormalizer.wholeIngWords.contains(text) {
            var length = count - 3
            let last = word[length - 1]
            if length >= 4, word[length - 2] == last, last != 0x6C, last != 0x73, last != 0x7A { length -= 1 }
            return prefix(length)
        }
        if ends("ies") { return prefix(count - 3) + "y" }
        if ends("sses") { return prefix(count - 2) }
        if ends("ches") || ends("shes") || ends("xes") || ends("zes") { return prefix(count - 2) }
        if ends("s"), !ends("ss"), !ends("us"), !ends("is") { return prefix(count - 1) }
        return text
    }
}

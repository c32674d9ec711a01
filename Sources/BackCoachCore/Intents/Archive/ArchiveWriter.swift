/// Builds the text of a compiled intent set: tables of the distinct strings, lists of other senses and phrases,
/// then the values, each written once and referred to by number.
///
/// Numbers are written five bits to a character, in two ranges of printable ASCII that hold no `"`, `#` or `\`,
/// so the text sits in a Swift raw string literal; strings are kept as their UTF-8 text.
struct ArchiveWriter {
    /// The first characters of every compiled intent set, with the format's version.
    static let magic = "BCI12"
    /// The character for a five-bit chunk that more chunks follow.
    static let continuing: UInt8 = 0x24
    /// The character for a number's last five-bit chunk.
    static let last: UInt8 = 0x5D

    private var body: [UInt8] = []
    private var strings: [String] = []
    private var stringNumbers: [String: Int] = [:]
    private var sensesLists: [[[String]]] = []
    private var sensesNumbers: [[[String]]: Int] = [:]
    /// The phrase table so far, in the order of the phrases' numbers.
    private(set) var phrases: [Phrase] = []
    private var phraseNumbers: [Phrase: Int] = [:]

    /// Appends a whole number.
    mutating func writeNumber(_ number: UInt) {
        Self.append(number, to: &body)
    }

    /// Appends a string by its number in the string table.
    mutating func writeString(_ string: String) {
        writeNumber(UInt(number(of: string)))
    }

    /// Appends a phrase by its number in the phrase table.
    mutating func writePhrase(_ phrase: Phrase) {
        if let known = phraseNumbers[phrase] { return writeNumber(UInt(known)) }
        _ = number(of: phrase.text)
        for stem in phrase.stems { _ = number(of: stem) }
        _ = sensesNumber(phrase.otherSenses)
        phraseNumbers[phrase] = phrases.count
        writeNumber(UInt(phrases.count))
        phrases.append(phrase)
    }

    /// Appends a list of numbers from -1 up, each one more than it is, for `ArchiveReader.readSmallNumbers()`.
    mutating func writeSmallNumbers(_ numbers: [Int32]) {
        writeNumber(UInt(numbers.count))
        for number in numbers { writeNumber(UInt(number + 1)) }
    }

    /// Appends a list of other senses by its number in the table of such lists.
    mutating func writeSenses(_ list: [[String]]) {
        writeNumber(UInt(sensesNumber(list)))
    }

    /// The finished text: the magic, the three tables, then the values.
    func text() -> String {
        var bytes = Array(Self.magic.utf8)
        Self.append(UInt(strings.count), to: &bytes)
        for string in strings {
            Self.append(UInt(string.utf8.count), to: &bytes)
            bytes += string.utf8
        }
        Self.append(UInt(sensesLists.count), to: &bytes)
        for list in sensesLists {
            Self.append(UInt(list.count), to: &bytes)
            for sense in list { appendStrings(sense, to: &bytes) }
        }
        Self.append(UInt(phrases.count), to: &bytes)
        for phrase in phrases {
            Self.append(UInt(stringNumbers[phrase.text]!), to: &bytes)
            appendStrings(phrase.stems, to: &bytes)
            Self.append(UInt(sensesNumbers[phrase.otherSenses]!), to: &bytes)
        }
        return String(decoding: bytes + body, as: UTF8.self)
    }

    private mutating func number(of string: String) -> Int {
        if let known = stringNumbers[string] { return known }
        stringNumbers[string] = strings.count
        strings.append(string)
        return strings.count - 1
    }

    private mutating func sensesNumber(_ list: [[String]]) -> Int {
        if let known = sensesNumbers[list] { return known }
        for sense in list { for stem in sense { _ = number(of: stem) } }
        sensesNumbers[list] = sensesLists.count
        sensesLists.append(list)
        return sensesLists.count - 1
    }

    private func appendStrings(_ list: [String], to bytes: inout [UInt8]) {
        Self.append(UInt(list.count), to: &bytes)
        for string in list { Self.append(UInt(stringNumbers[string]!), to: &bytes) }
    }

    private static func append(_ number: UInt, to bytes: inout [UInt8]) {
        var rest = number
        while rest >= 32 {
            bytes.append(continuing + UInt8(rest & 31))
            rest >>= 5
        }
        bytes.append(last + UInt8(rest))
    }
}

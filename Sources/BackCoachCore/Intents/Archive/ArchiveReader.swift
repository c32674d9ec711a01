/// Reads the text an `ArchiveWriter` made, in the order it was written; anything out of place is an error, never a
/// crash.
struct ArchiveReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var strings: [String] = []
    private var sensesLists: [[[String]]] = []
    private var phrases: [Phrase] = []

    /// Reads the tables at the start of `bytes`, which must outlive the reader.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(IntentLoadError) {
        self.bytes = bytes
        let magic = Array(ArchiveWriter.magic.utf8)
        guard bytes.count >= magic.count, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw Self.damaged("it does not start with \(ArchiveWriter.magic)")
        }
        position = magic.count
        let stringCount = try readCount()
        strings.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            let length = try readCount()
            guard length <= bytes.count - position else { throw Self.damaged("a string runs past the end") }
            strings.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self))
            position += length
        }
        let sensesCount = try readCount()
        sensesLists.reserveCapacity(sensesCount)
        for _ in 0..<sensesCount {
            let count = try readCount()
            var list: [[String]] = []
            for _ in 0..<count { list.append(try readStrings()) }
            sensesLists.append(list)
        }
        let phraseCount = try readCount()
        phrases.reserveCapacity(phraseCount)
        for _ in 0..<phraseCount {
            let text = try readString()
            let stems = try readStrings()
            let senses = try readNumber()
            guard senses < sensesLists.count else { throw Self.damaged("a phrase names a missing list of other senses") }
            phrases.append(Phrase(text: text, stems: stems, otherSenses: sensesLists[Int(senses)], tableNumber: Int32(phrases.count)))
        }
    }

    /// Whether every value has been read.
    var isAtEnd: Bool { position == bytes.count }

    /// The error for a compiled set that cannot be read.
    static func damaged(_ why: String) -> IntentLoadError {
        IntentLoadError(file: "(compiled intents)", line: nil, message: "damaged: \(why); rebuild backcoach")
    }

    /// Reads a whole number: five-bit chunks, lowest first, each a character of the continuing range but the last.
    mutating func readNumber() throws(IntentLoadError) -> UInt {
        var number: UInt = 0
        var shift: UInt = 0
        while position < bytes.count, shift < UInt(UInt.bitWidth) {
            let chunk = bytes[position] &- ArchiveWriter.continuing
            position += 1
            if chunk < 32 {
                number |= UInt(chunk) &<< shift
                shift += 5
                continue
            }
            let lastChunk = chunk &- (ArchiveWriter.last - ArchiveWriter.continuing)
            guard lastChunk < 32 else { break }
            return number | UInt(lastChunk) &<< shift
        }
        throw Self.damaged("a number is cut short or malformed at byte \(position)")
    }

    /// Reads a list that `ArchiveWriter.writeSmallNumbers` wrote, numbers from -1 up: one tight loop, for the long
    /// lists of the ready-made phrase indexes.
    mutating func readSmallNumbers() throws(IntentLoadError) -> [Int32] {
        let count = try readCount()
        var numbers = [Int32](repeating: 0, count: count)
        var position = self.position, malformed = false
        numbers.withUnsafeMutableBufferPointer { numbers in
            for index in 0..<count {
                var number: UInt64 = 0, shift: UInt64 = 0
                while position < bytes.count, shift < 35 {
                    let chunk = bytes[position] &- ArchiveWriter.continuing
                    position += 1
                    if chunk < 32 {
                        number |= UInt64(chunk) &<< shift
                        shift &+= 5
                        continue
                    }
                    let lastChunk = chunk &- (ArchiveWriter.last - ArchiveWriter.continuing)
                    guard lastChunk < 32 else { break }
                    number |= UInt64(lastChunk) &<< shift
                    shift = 64
                }
                guard shift == 64, number <= UInt64(Int32.max) else {
                    malformed = true
                    return
                }
                numbers[index] = Int32(number) - 1
            }
        }
        guard !malformed else { throw Self.damaged("a list of numbers is cut short or malformed at byte \(position)") }
        self.position = position
        return numbers
    }

    /// Reads a count, which must be no larger than what is left to read.
    mutating func readCount() throws(IntentLoadError) -> Int {
        let count = try readNumber()
        guard count <= UInt(bytes.count - position) else { throw Self.damaged("a count of \(count) runs past the end") }
        return Int(count)
    }

    /// Reads a string by its number in the string table.
    mutating func readString() throws(IntentLoadError) -> String {
        let number = try readNumber()
        guard number < strings.count else { throw Self.damaged("a string number is out of range") }
        return strings[Int(number)]
    }

    /// Reads a phrase by its number in the phrase table.
    mutating func readPhrase() throws(IntentLoadError) -> Phrase {
        let number = try readNumber()
        guard number < phrases.count else { throw Self.damaged("a phrase number is out of range") }
        return phrases[Int(number)]
    }

    /// Reads a list of other senses by its number in the table of such lists.
    mutating func readSenses() throws(IntentLoadError) -> [[String]] {
        let number = try readNumber()
        guard number < sensesLists.count else { throw Self.damaged("a list of other senses is out of range") }
        return sensesLists[Int(number)]
    }

    private mutating func readStrings() throws(IntentLoadError) -> [String] {
        let count = try readCount()
        var list: [String] = []
        list.reserveCapacity(count)
        for _ in 0..<count { list.append(try readString()) }
        return list
    }
}

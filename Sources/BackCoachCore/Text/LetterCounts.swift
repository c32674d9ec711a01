/// How often each letter a–z occurs in a word: a cheap lower bound on edit distance, to skip hopeless candidates.
struct LetterCounts: Sendable {
    private var counts = [UInt8](repeating: 0, count: 27)

    /// Counts the letters of a word; anything outside a–z shares one bin.
    init(_ word: String) {
        for scalar in word.unicodeScalars {
            let index = (0x61...0x7A).contains(scalar.value) ? Int(scalar.value - 0x61) : 26
            counts[index] &+= 1
        }
    }

    /// A lower bound on the edit distance between the two words: each edit changes the counts by at most two.
    func distanceBound(to other: LetterCounts) -> Int {
        var difference = 0
        for index in 0..<27 { difference += abs(Int(counts[index]) - Int(other.counts[index])) }
        return (difference + 1) / 2
    }
}

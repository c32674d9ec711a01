/// Reads a rating on the 0–10 scale from an analysed line: "6 out of 10", "7/10", "about a four", "maybe 8". The
/// "10" of "out of 10" or "/10" is the scale, not the rating.
enum PainRatingReader {
    /// The rating the line gives, if it gives one on the scale.
    static func rating(in line: AnalyzedLine) -> Int? {
        rating(in: line.tokens.map(\.text))
    }

    /// The rating among words: the last number on the scale that is not the scale's own 10.
    static func rating(in words: [String]) -> Int? {
        let numbers = words.indices.compactMap { index -> (index: Int, value: Int)? in
            guard let value = value(of: words[index]), PainCheckIn.scale.contains(value) else { return nil }
            return (index, value)
        }
        let ratings = numbers.filter { number in !isScale(number.index, value: number.value, words: words) }
        return ratings.last?.value
    }

    /// Whether a 10 names the scale: after "out of", or right after another number ("7/10").
    private static func isScale(_ index: Int, value: Int, words: [String]) -> Bool {
        guard value == 10, index > 0 else { return false }
        if words[index - 1] == "of" && index > 1 && words[index - 2] == "out" { return true }
        return Self.value(of: words[index - 1]) != nil
    }

    private static func value(of word: String) -> Int? {
        word == "zero" ? 0 : NumberWords.value(of: word)
    }
}

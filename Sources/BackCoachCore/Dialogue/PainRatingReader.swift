/// Reads a rating on the 0–10 scale from an analysed line: "6 out of 10", "7/10", "about a four", "maybe 8". The
/// "10" of "out of 10" or "/10" is the scale, not the rating.
enum PainRatingReader {
    /// The rating the line gives, if it gives one on the scale.
    static func rating(in line: AnalyzedLine) -> Int? {
        rating(in: line.tokens.map(\.text))
    }

    /// The rating among words: the last number on the scale that is not the scale's own 10 nor a count of
    /// something ("I walked 2 miles and the pain was fine" gives no rating).
    static func rating(in words: [String]) -> Int? {
        let numbers = words.indices.compactMap { index -> (index: Int, value: Int)? in
            guard let value = value(of: words[index]), PainCheckIn.scale.contains(value), !counts(index, words: words) else { return nil }
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

    /// Whether the number at `index` counts something: a word follows it that is neither another number nor one
    /// of the words that go after a rating ("a 4 today", "6 out of 10", "maybe 5 but").
    private static func counts(_ index: Int, words: [String]) -> Bool {
        guard index + 1 < words.count else { return false }
        let next = words[index + 1]
        return value(of: next) == nil && !followers.contains(next)
    }

    /// Words that may follow a rating: the scale, when, and how sure.
    private static let followers: Set<String> = [
        "out", "of", "on", "today", "now", "tonight", "this", "right", "atm", "currently", "still", "again", "yesterday",
        "at", "after", "since", "before", "when", "while", "then", "in", "with", "so", "and", "but", "or", "though", "tho",
        "maybe", "probably", "perhaps", "i", "im", "id", "its", "it", "is", "was", "from", "to", "ish", "if", "too", "as",
        "honestly", "really", "lol", "ok", "okay", "because", "cause", "coz", "thanks", "thank", "please", "pain", "max",
        "tops", "less", "more", "mostly", "roughly", "about", "around", "give", "take",
    ]

    private static func value(of word: String) -> Int? {
        word == "zero" ? 0 : NumberWords.value(of: word)
    }
}

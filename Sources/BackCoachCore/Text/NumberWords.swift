/// Numbers as people type them: digits or words ("20", "twenty", "seventy three").
public enum NumberWords {
    /// The value of a typed number, if it is one.
    public static func value(of word: String) -> Int? {
        Int(word) ?? words[word]
    }

    /// The number written at `index` of a line's words and the index of its last word: one word ("55", "twenty"),
    /// or a tens word and a unit ("seventy three", as "seventy-three" is read).
    public static func value(at index: Int, in words: [String]) -> (value: Int, last: Int)? {
        guard let value = value(of: words[index]) else { return nil }
        if tens.contains(value), index + 1 < words.count, let unit = self.words[words[index + 1]], unit < 10 {
            return (value + unit, index + 1)
        }
        return (value, index)
    }

    private static let tens: Set<Int> = [20, 30, 40, 50, 60, 70, 80, 90]

    private static let words = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fortyfive": 45, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
}

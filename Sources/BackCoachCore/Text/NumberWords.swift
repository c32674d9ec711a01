/// Numbers as people type them: digits or words ("20", "twenty").
public enum NumberWords {
    /// The value of a typed number, if it is one.
    public static func value(of word: String) -> Int? {
        Int(word) ?? words[word]
    }

    private static let words = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fortyfive": 45, "sixty": 60,
    ]
}

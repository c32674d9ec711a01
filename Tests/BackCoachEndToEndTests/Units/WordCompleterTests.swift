@testable import backcoach
import Testing

@Suite("Tab completion at the prompt")
struct WordCompleterTests {
    static let completer = WordCompleter(candidates: ["clam shells", "Clam Shells", "wall sits", "walk", "quit", "partial crunches"])

    @Test("offers what a person would expect", arguments: [
        (word: "cl", line: "cl", expected: ["clam shells"]),
        (word: "s", line: "clam s", expected: ["shells"]),
        (word: "wal", line: "how long are wal", expected: ["wall sits", "walk"]),
        (word: "CL", line: "CL", expected: ["clam shells"]),
        (word: "zz", line: "zz", expected: []),
        (word: "", line: "", expected: ["clam shells", "wall sits", "walk", "quit", "partial crunches"]),
    ])
    func completions(word: String, line: String, expected: [String]) {
        #expect(Self.completer.completions(forWord: word, lineBeforeCursor: line) == expected)
    }

    @Test("gives libedit the shared prefix first when there are several choices")
    func choices() {
        #expect(Self.completer.choices(forWord: "wa", lineBeforeCursor: "wa") == ["wal", "wall sits", "walk"])
        #expect(Self.completer.choices(forWord: "q", lineBeforeCursor: "q") == ["quit"])
    }

    @Test("drops repeated spellings, keeping the first")
    func unique() {
        #expect(Self.completer.candidates.filter { $0.lowercased() == "clam shells" } == ["clam shells"])
    }
}

@testable import BackCoachCore
import Foundation
import Testing

@Suite("The tokeniser's ASCII fast path")
struct ASCIITokenizerTests {
    /// Lines where the fast path and the general path could part: dashes, apostrophes, numbers and units,
    /// contractions, clause and sentence punctuation, tabs, edges.
    static let tricky: [String] = [
        "how many clam shells", "  What's the BEST stretch?? ", "a - b", "a - - b", "a - - - b", "a -- b", "- a -", " - a",
        "a\t-\tb", "\ta tab\t", "10kg 38c 2x3 x10", "I'm 55, it's my 1st time!", "don't won't can't", "whats hows whys",
        "stretching stopping fall falls hammies crunches glasses hips bus this", "(clause) [two] {three} \"four\": five; six.",
        "and but because and and", "wait... what?!", "`quoted` 'single'", "", "   ", "!!!", "a-b-c", "well-being", "e.g. i.e.",
        "sitting running hopping swimming fizzing falling", "x", "ok.", "99 bottles", "kisses mixes buzzes wishes",
        "15% of 80", "100%", "% off", "a 50%-off sale",
    ]

    /// Every utterance in the evaluation sets, with its multi-turn markers.
    static let evaluationLines: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appending(path: "Evaluation")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.sorted().flatMap { name -> [String] in
            let text = (try? String(contentsOf: folder.appending(path: name), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }
        }
    }()

    @Test("Gives exactly the general path's tokens", arguments: tricky)
    func sameAsGeneral(_ line: String) throws {
        let fast = try #require(ASCIITokenizer.tokens(line))
        #expect(fast == TextNormalizer.generalTokens(line))
    }

    @Test("Gives the general path's tokens for every evaluation line it takes")
    func evaluationLinesAgree() {
        var taken = 0
        for line in Self.evaluationLines {
            guard let fast = ASCIITokenizer.tokens(line) else { continue }
            taken += 1
            #expect(fast == TextNormalizer.generalTokens(line), "\(line)")
        }
        #expect(taken > 3_000)
    }

    @Test("Stems every ASCII word as the general stemmer does, in any case")
    func stemsAgree() {
        let words = Set(Self.evaluationLines.flatMap { TextNormalizer.generalTokens($0).map(\.text) })
        #expect(words.count > 2_000)
        for word in words.filter({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            for form in [word, word.uppercased(), word.capitalized] {
                #expect(TextNormalizer.stem(form) == TextNormalizer.generalStem(form), "\(form)")
            }
        }
    }

    @Test("A percent sign is the word percent, never dropped", arguments: ["what's 15% of 80", "what’s 15% of 80"])
    func percentSign(_ line: String) {
        #expect(TextNormalizer.tokens(line).map(\.text) == ["what", "is", "15", "percent", "of", "80"])
    }

    @Test("Leaves to the general path what it cannot read byte by byte",
          arguments: ["café", "naïve stretch", "line\u{1B}[31mred", "bell\u{07}", "delete\u{7F}", "emoji 👍", String(repeating: "a", count: 2_001)])
    func declines(_ line: String) {
        #expect(ASCIITokenizer.tokens(line) == nil)
    }
}

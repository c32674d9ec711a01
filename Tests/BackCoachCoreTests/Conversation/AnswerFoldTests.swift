import BackCoachCore
import Testing

/// Long answers come short first: what fits a screen, then the rest on "more".
@Suite("Short answers first")
struct AnswerFoldTests {
    /// How many lines text takes when wrapped at word boundaries to a width.
    static func wrappedLines(_ text: String, width: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, line in
            var lines = 1, used = 0
            for word in line.split(separator: " ") {
                if used > 0, used + 1 + word.count > width { lines += 1; used = word.count } else { used += (used > 0 ? 1 : 0) + word.count }
            }
            return total + lines
        }
    }

    @Test("The first answer to a broad question fits 12 lines at 80 columns; more gives the rest", arguments: [
        "I have lower back pain, what should I do?", "what exercises do you have?", "what should I avoid with a bad back?",
    ])
    func foldsAndContinues(_ question: String) {
        let coach = Fixtures.coach()
        let first = coach.respond(to: question)
        let shown = first.text + (first.offer.map { "\n" + $0 } ?? "")
        #expect(Self.wrappedLines(shown, width: 80) <= 12, "\(shown)")
        guard first.text.hasSuffix("say more.") else { return }
        let more = coach.respond(to: "more")
        #expect(more.understood && !more.text.isEmpty && !first.text.contains(more.text), "\(more.text)")
    }

    @Test("A broad question's long answer is folded, and more gives exactly what was left out")
    func broadAnswerIsFolded() {
        let coach = Fixtures.coach()
        let first = coach.respond(to: "I have lower back pain, what should I do?")
        #expect(first.text.hasSuffix("say more."), "\(first.text)")
        let more = coach.respond(to: "more")
        #expect(more.text.contains("Reclining twist"), "\(more.text)")
        #expect(!first.text.contains("Reclining twist"))
    }

    @Test("A fold never hides a lone item or leaves a heading without its items", arguments: [
        "what helps mobility", "which exercise helps with mobility?",
    ])
    func loneItemIsShown(_ question: String) {
        let reply = Fixtures.coach().respond(to: question)
        #expect(reply.text.contains("- ") && !reply.text.contains("1 more item"), "\(reply.text)")
    }

    @Test("A short answer is not folded")
    func shortAnswers() {
        let reply = Fixtures.coach().respond(to: "how many clam shells?")
        #expect(!reply.text.contains("say more"))
    }
}

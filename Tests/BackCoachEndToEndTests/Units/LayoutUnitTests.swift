import BackCoachCore
@testable import backcoach
import Testing

@Suite("Text and countdown fit the width")
struct LayoutUnitTests {
    static let answer = "Clam shells: Lie on your side with your knees bent and your feet together, then lift the top knee "
        + "without rolling your hips back. Do 20 reps on each side. See https://example.org/a-very-long-address-that-has-no-spaces-at-all"

    @Test("answers wrap on word boundaries within the width", arguments: [80, 60, 40, 24])
    func wrapping(width: Int) {
        let lines = TextWrapper.wrap(Self.answer, width: width).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= width })
        let words = Set(Self.answer.split(separator: " ").filter { $0.count <= width }.map(String.init))
        let shown = Set(lines.flatMap { $0.split(separator: " ").map(String.init) })
        #expect(words.isSubset(of: shown), "no word that fits is broken")
    }

    @Test("the countdown line is narrower than the terminal, with or without typing", arguments: [120, 80, 60, 40, 30, 20, 12])
    func countdown(width: Int) {
        for typed in ["", "my groin is numb and it keeps getting worse"] {
            let running = CountdownLine.running(phase: .hold, done: 0.4, secondsLeft: 15, typed: typed, width: width)
            let paused = CountdownLine.paused(secondsLeft: 15, typed: typed, width: width)
            #expect(running.count < width && paused.count < width)
            #expect(running.contains("15 s"))
        }
    }

    @Test("wide terminals get the key hints, narrow ones the bar alone", arguments: [
        (width: 100, hints: true), (width: 60, hints: true), (width: 40, hints: false),
    ])
    func hints(width: Int, hints: Bool) {
        let line = CountdownLine.running(phase: .hold, done: 0.5, secondsLeft: 9, typed: "", width: width)
        #expect(line.contains("p ") == hints)
        #expect(line.contains("[##########----------]"))
    }
}

import BackCoachCore
import Foundation
import Testing

/// One line said during a routine, and what it should do, from `Evaluation/mid-routine.tsv` — written by someone
/// who had not seen the intent vocabulary.
struct MidRoutineLine: CustomTestStringConvertible, Sendable {
    let act: String
    let line: String
    var testDescription: String { "\(act): \(line)" }

    static let all: [MidRoutineLine] = {
        let file = Fixtures.repository.appending(path: "Tests/BackCoachCoreTests/Evaluation/mid-routine.tsv")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { row in
            guard !row.hasPrefix("#") else { return nil }
            let columns = row.split(separator: "\t", maxSplits: 1).map(String.init)
            return columns.count == 2 ? MidRoutineLine(act: columns[0], line: columns[1]) : nil
        }
    }()
}

@Suite("Lines said mid-routine, in the person's own words")
struct MidRoutineLineTests {
    @Test("The set covers every control and pain with at least 60 lines")
    func setIsLargeEnough() {
        #expect(MidRoutineLine.all.count >= 60)
        #expect(Set(MidRoutineLine.all.map(\.act)) == ["stop", "skip", "back", "repeat", "pause", "resume", "instructions", "pain", "done"])
    }

    /// How any exercise's instructions begin, for lines that name another exercise than the current one.
    static let howToHeading = "How to do "

    /// How to do clam shells, as the coach teaches it outside a routine.
    static let clamShellHowTo = Fixtures.coach().respond(to: "how do I do clam shells?").text

    @Test("Each line does what the person meant", arguments: MidRoutineLine.all)
    func lineDoesTheRightThing(_ case: MidRoutineLine) throws {
        let coach = Fixtures.coach()
        _ = coach.respond(to: "start a routine")
        _ = coach.respond(to: "done")
        let runner = try #require(coach.activeRoutine)
        #expect(runner.current?.exercise == "clam-shell")
        if `case`.act == "resume" { _ = coach.respond(to: "pause") }
        let before = runner.index
        let reply = coach.respond(to: `case`.line)
        #expect(!reply.endsSession, "the program must go on")
        #expect(!reply.urgent, "not a red flag")
        switch `case`.act {
        case "stop":
            #expect(coach.activeRoutine == nil, "\(reply.text)")
            #expect(reply.text.contains("Routine stopped"), "\(reply.text)")
        case "skip":
            #expect(reply.intent == "routine-skip" && runner.index > before, "\(reply.text)")
        case "back":
            #expect(runner.index < before, "\(reply.text)")
        case "repeat":
            #expect(reply.intent == "routine-repeat" && runner.index == before, "\(reply.text)")
        case "pause":
            #expect(runner.isPaused, "\(reply.text)")
        case "resume":
            #expect(!runner.isPaused && reply.text.contains(Messages.resumed), "\(reply.text)")
        case "instructions":
            #expect(reply.text.contains(Self.clamShellHowTo) || reply.text.contains(Self.howToHeading), "\(reply.text)")
        case "pain":
            #expect(reply.text.contains("Stop clam shells now") && reply.offer == Messages.painQuestion, "\(reply.text)")
        case "done":
            #expect(runner.index > before && reply.intent != "routine-skip", "\(reply.text)")
        default:
            Issue.record("unknown act \(`case`.act)")
        }
    }
}

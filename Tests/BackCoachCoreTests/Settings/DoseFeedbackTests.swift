import BackCoachCore
import Foundation
import Testing

@Suite("Feedback adjusts the next dose inside the article's ranges")
struct DoseFeedbackTests {
    /// Feedback said `times` times about wall sits, and the hold the next routine gives them.
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let times: Int
        let hold: String
        var testDescription: String { "\"\(line)\" × \(times) → \(hold)" }
    }

    @Test("Too easy raises the wall-sit hold up to 60 s, never beyond; too hard lowers it to 20 s, never below", arguments: [
        Case(line: "wall sits were too easy", times: 1, hold: "2 × 40 s hold"),
        Case(line: "wall sits were too easy", times: 2, hold: "2 × 60 s hold"),
        Case(line: "wall sits were too easy", times: 5, hold: "2 × 60 s hold"),
        Case(line: "wall sits were too hard", times: 1, hold: "2 × 20 s hold"),
        Case(line: "wall sits were too hard", times: 3, hold: "2 × 20 s hold"),
        Case(line: "the wall sits were just right", times: 1, hold: "2 × 20 s hold"),
    ])
    func wallSits(_ example: Case) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SettingsFile(file: folder.appending(path: "settings"))
        for _ in 0..<example.times {
            let coach = Fixtures.coach()
            coach.use(file.load().settings, file: file)
            #expect(coach.respond(to: example.line).intent == "routine-feedback")
        }
        let coach = Fixtures.coach()
        coach.use(file.load().settings, file: file)
        let routine = coach.respond(to: "start a routine")
        #expect(routine.text.contains("wall sits (\(example.hold)"), "\(routine.text)")
    }

    @Test("\"That was too hard\" after an intermediate routine lowers each exercise it did one step")
    func afterRoutine() {
        let coach = Fixtures.coach()
        _ = coach.startRoutine(RoutineRequest(focus: "partial-crunch", level: .intermediate))
        _ = coach.respond(to: "done")
        let feedback = coach.respond(to: "that was too hard")
        #expect(feedback.text.contains("Next time, partial crunches: 8 reps (was 10 reps)"), "\(feedback.text)")
        #expect(coach.respond(to: "start a routine").text.contains("partial crunches (8 reps)"))
    }
}

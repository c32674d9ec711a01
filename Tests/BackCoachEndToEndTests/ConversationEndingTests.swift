import Foundation
import Testing

/// Only a request to leave ends a session: ordinary lines — questions, statements, "later", "close my eyes" —
/// never do, and piped input always gets one JSON object per line. The line lists were written by someone who had
/// not seen the intent vocabulary.
@Suite("Ending the session", .serialized)
struct ConversationEndingTests {
    /// The non-blank lines of a list in `Lines/`.
    static func lines(_ name: String) -> [String] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Lines/\(name)")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test("At least 300 ordinary lines piped with --json give one object each and none ends the session")
    func ordinaryLinesNeverEnd() throws {
        let lines = Self.lines("ordinary-lines.txt") + ["should I close my eyes", "I will do it later", "can I leave it for later?", "maybe later"]
        #expect(lines.count >= 300)
        let input = lines.joined(separator: "\n") + "\nhow many clam shells\n"
        let result = try BinaryRunner.run(["--json"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try ScriptedRunTests.objects(result.stdout)
        #expect(objects.count == lines.count + 1, "a line ended the session or gave more than one object")
        #expect(objects.last?["intent"] as? String == "dose", "the last question was answered")
    }

    @Test("A request to leave ends the session and drops the rest of the input", arguments: lines("leave-lines.txt") + ["quit"])
    func leavingEnds(_ line: String) throws {
        let result = try BinaryRunner.run(["--json"], input: "\(line)\nhow many clam shells\n")
        let objects = try ScriptedRunTests.objects(result.stdout)
        #expect(objects.count == 1, "\(line): \(result.stdout)")
        #expect(result.status == 0)
    }

    @Test("In a routine, quit and cancel end the routine, not the program", arguments: ["quit", "cancel", "cancel that", "exit", "enough"])
    func quitInRoutineEndsTheRoutine(_ line: String) throws {
        let result = try BinaryRunner.run(["--json"], input: "start a routine\n\(line)\nhow many clam shells\n")
        let objects = try ScriptedRunTests.objects(result.stdout)
        #expect(objects.count == 3, "\(result.stdout)")
        #expect((objects[1]["text"] as? String)?.contains("Routine stopped") == true, "\(objects[1])")
        #expect(objects[1]["urgent"] as? Bool == false)
    }
}

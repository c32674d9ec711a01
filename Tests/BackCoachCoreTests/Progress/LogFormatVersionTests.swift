import BackCoachCore
import Foundation
import Testing

@Suite("Session log format versions")
struct LogFormatVersionTests {
    static let versionOneLine = #"{"ended":"2027-01-15T08:01:40Z","exercises":[{"completedSteps":2,"dose":"20 reps each side","exercise":"clam-shell","status":"completed","totalSteps":2}],"level":"beginner","outcome":"completed","painReports":[],"seconds":100,"started":"2027-01-15T08:00:00Z"}"#

    @Test("A line written before the format had a version still reads as a routine, beside new check-ins")
    func oldLinesRead() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "sessions.jsonl")
        try Data((Self.versionOneLine + "\n").utf8).write(to: file)
        let log = SessionLog(file: file)
        let checkIn = PainCheckIn(at: Date(timeIntervalSince1970: 1_800_000_000), rating: 6, moment: .afterRoutine)
        try log.append(checkIn)
        let contents = log.readAll()
        #expect(contents.records.count == 1)
        #expect(contents.records.first?.exercises.first?.exercise == "clam-shell")
        #expect(contents.checkIns == [checkIn])
        #expect(contents.unreadable == 0)
        #expect(log.read().records.count == 1)
    }

    @Test("New lines carry their kind and the format version", arguments: ["session", "pain"])
    func newLinesAreVersioned(_ kind: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = SessionLog(file: folder.appending(path: "sessions.jsonl"))
        if kind == "pain" {
            try log.append(PainCheckIn(at: Date(timeIntervalSince1970: 1_800_000_000), rating: 3))
        } else {
            try log.append(SessionLogTests.record)
        }
        let text = try String(contentsOf: log.file, encoding: .utf8)
        #expect(text.contains(#""kind":"\#(kind)""#))
        #expect(text.contains(#""version":\#(LogLine.version)"#))
    }

    @Test("A rating outside 0-10 in the file is counted unreadable, not shown")
    func outOfScaleIsUnreadable() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "sessions.jsonl")
        try Data(#"{"at":"2027-01-15T08:00:00Z","kind":"pain","rating":14,"version":2}"#.utf8).write(to: file)
        let contents = SessionLog(file: file).readAll()
        #expect(contents.checkIns.isEmpty)
        #expect(contents.unreadable == 1)
    }
}

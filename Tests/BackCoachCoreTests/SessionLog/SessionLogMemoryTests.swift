import BackCoachCore
import Foundation
import Testing

/// The session log is read once per process and then kept in memory: appends reach the file before they return
/// and the memory with them; a change by another process is noticed and read.
@Suite("Session log in memory")
struct SessionLogMemoryTests {
    static func record(_ seconds: Int, simulated: Bool = false) -> SessionRecord {
        SessionRecord(
            started: Date(timeIntervalSince1970: 1_800_000_000), ended: Date(timeIntervalSince1970: 1_800_000_000 + Double(seconds)),
            seconds: seconds, level: .beginner, focus: nil, outcome: .completed,
            exercises: [.init(exercise: "clam-shell", dose: "20 reps each side", completedSteps: 2, totalSteps: 2, status: .completed)],
            painReports: [], simulated: simulated)
    }

    @Test("While the file is unchanged it is not read again: same-size bytes written behind its back are not seen")
    func readOnce() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = SessionLog(file: folder.appending(path: "sessions.jsonl"))
        try log.append(Self.record(100))
        #expect(log.read().records.map(\.seconds) == [100])
        let text = try String(contentsOf: log.file, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: log.file)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "\"seconds\":100", with: "\"seconds\":999").utf8))
        try handle.close()
        #expect(SessionLog(file: log.file).read().records.map(\.seconds) == [999])
        #expect(log.read().records.map(\.seconds) == [100])
    }

    @Test("Each append is in the file when it returns, with or without fsync", arguments: [true, false])
    func appendReachesFile(_ syncs: Bool) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = SessionLog(file: folder.appending(path: "sessions.jsonl"), syncsEachRecord: syncs)
        for seconds in [10, 20, 30] {
            try log.append(Self.record(seconds))
            let lines = try String(contentsOf: log.file, encoding: .utf8).split(separator: "\n")
            #expect(lines.last?.contains("\"seconds\":\(seconds)") == true)
            #expect(log.read().records.last?.seconds == seconds)
        }
        SessionLog.synchronizeAll()
        #expect(SessionLog(file: log.file).read().records.map(\.seconds) == [10, 20, 30])
    }

    @Test("What another process appends is seen at the next read and kept in order with this process's lines",
          arguments: ["read", "append"])
    func otherProcess(_ next: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = SessionLog(file: folder.appending(path: "sessions.jsonl"))
        let theirs = SessionLog(file: mine.file)
        try mine.append(Self.record(1))
        #expect(mine.read().records.count == 1)
        try theirs.append(Self.record(2))
        if next == "append" { try mine.append(Self.record(3)) }
        let expected = next == "append" ? [1, 2, 3] : [1, 2]
        #expect(mine.read().records.map(\.seconds) == expected)
        #expect(SessionLog(file: mine.file).read().records.map(\.seconds) == expected)
    }

    @Test("A replaced or emptied file is read again", arguments: ["replaced", "emptied"])
    func replaced(_ how: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = SessionLog(file: folder.appending(path: "sessions.jsonl"))
        try log.append(Self.record(1))
        #expect(log.read().records.count == 1)
        if how == "replaced" {
            let other = folder.appending(path: "other.jsonl")
            try SessionLog(file: other).append(Self.record(7))
            try FileManager.default.removeItem(at: log.file)
            try FileManager.default.moveItem(at: other, to: log.file)
        } else {
            try Data().write(to: log.file)
        }
        #expect(log.read().records.map(\.seconds) == (how == "replaced" ? [7] : []))
    }
}

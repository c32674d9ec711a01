import BackCoachCore
import Foundation
import Testing

@Suite("Session log")
struct SessionLogTests {
    static let record = SessionRecord(
        started: Date(timeIntervalSince1970: 1_800_000_000), ended: Date(timeIntervalSince1970: 1_800_000_100), seconds: 100,
        level: .beginner, focus: "hips", outcome: .completed,
        exercises: [.init(exercise: "clam-shell", dose: "20 reps each side", completedSteps: 2, totalSteps: 2, status: .completed)],
        painReports: ["it hurts, \"a lot\""])

    @Test("Records append one per line and read back; corrupt lines are skipped and counted")
    func appendAndRead() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = SessionLog(file: folder.appending(path: "deep/er/sessions.jsonl"))
        try log.append(Self.record)
        let handle = try FileHandle(forWritingTo: log.file)
        handle.seekToEndOfFile()
        handle.write(Data("{not json\n\u{FF}\u{FE}garbage\n".utf8))
        try handle.close()
        try log.append(Self.record)
        let (records, unreadable) = log.read()
        #expect(records == [Self.record, Self.record])
        #expect(unreadable == 2)
    }

    @Test("An unwritable log reports an error instead of crashing, and the routine still ends")
    func unwritable() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appending(path: "file")
        try Data().write(to: blocker)
        let log = SessionLog(file: blocker.appending(path: "sessions.jsonl"))
        #expect(throws: SessionLog.WriteError.self) { try log.append(Self.record) }
        let coach = Coach(intents: Fixtures.intents, clock: VirtualClock(), pace: .instant, log: log)
        _ = coach.startRoutine(RoutineRequest(focus: "clam-shell"))
        let end = coach.respond(to: "stop")
        #expect(end.text.contains("Couldn't save this session"))
        #expect(coach.activeRoutine == nil)
    }
}

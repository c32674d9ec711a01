import BackCoachCore
import Foundation
import Testing

@Suite("Progress questions in the chat")
struct ProgressAnswerTests {
    static func session(_ clock: VirtualClock, hoursAgo: Double, minutes: Int, simulated: Bool = false) -> SessionRecord {
        let start = clock.now.addingTimeInterval(-hoursAgo * 3600)
        return SessionRecord(started: start, ended: start.addingTimeInterval(Double(minutes * 60)), seconds: minutes * 60, level: .beginner,
                             focus: nil, outcome: .completed, exercises: [], painReports: [], simulated: simulated)
    }

    @Test("Streak and minutes this week come from real sessions only", arguments: [
        ("what's my streak?", "Your streak: 1 day in a row with a routine."),
        ("how many minutes this week?", "This week: 15 minutes of exercise in 2 sessions"),
    ])
    func answers(_ line: String, expected: String) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = VirtualClock()
        let log = SessionLog(file: folder.appending(path: "sessions.jsonl"))
        try log.append(Self.session(clock, hoursAgo: 2, minutes: 10))
        try log.append(Self.session(clock, hoursAgo: 1, minutes: 5))
        try log.append(Self.session(clock, hoursAgo: 0.5, minutes: 40, simulated: true))
        let reply = Fixtures.coach(clock: clock, log: log).respond(to: line)
        #expect(reply.intent == "session-history")
        #expect(reply.text.hasPrefix(expected), "\(reply.text)")
    }
}

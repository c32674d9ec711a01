import BackCoachCore
import Foundation
import Testing

@Suite("Progress over the weeks")
struct ProgressStatsTests {
    /// Monday-first weeks in UTC, so the tests do not depend on the machine's settings.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Wednesday 13 January 2027, 18:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_799_863_200)

    static func day(_ offset: Int, hour: Int = 9) -> Date {
        calendar.date(byAdding: .hour, value: hour - 18 + offset * 24, to: now)!
    }

    static func session(daysAgo: Int, minutes: Int, simulated: Bool = false) -> SessionRecord {
        let start = day(-daysAgo)
        return SessionRecord(
            started: start, ended: start.addingTimeInterval(Double(minutes * 60)), seconds: minutes * 60, level: .beginner, focus: nil,
            outcome: .completed,
            exercises: [.init(exercise: "clam-shell", dose: "20 reps each side", completedSteps: 2, totalSteps: 2, status: .completed),
                        .init(exercise: "wall-sit", dose: "2 × 20 s", completedSteps: 0, totalSteps: 2, status: .skipped)],
            painReports: [], simulated: simulated)
    }

    static let contents = LogContents(
        records: [session(daysAgo: 9, minutes: 10), session(daysAgo: 2, minutes: 8), session(daysAgo: 1, minutes: 12),
                  session(daysAgo: 0, minutes: 5), session(daysAgo: 0, minutes: 30, simulated: true)],
        checkIns: [PainCheckIn(at: day(-1, hour: 8), rating: 6, moment: .beforeRoutine),
                   PainCheckIn(at: day(-1, hour: 10), rating: 4, moment: .afterRoutine),
                   PainCheckIn(at: day(0), rating: 10)])

    @Test("Weeks count real sessions, minutes, exercises done and pain before and after; simulated runs never count")
    func weeks() {
        let stats = ProgressStats(Self.contents, now: Self.now, calendar: Self.calendar)
        #expect(stats.weeks.count == 2)
        let week = stats.weeks[1]
        #expect(week.sessions == 3)
        #expect(week.minutes == 25)
        #expect(week.exercisesDone == 3)
        #expect(week.painBefore == 6)
        #expect(week.painAfter == 4)
        #expect(stats.weeks[0].sessions == 1)
        #expect(stats.minutesThisWeek == 25)
    }

    @Test("The streak counts days in a row with a real session, ending today or yesterday", arguments: [
        (LogContents(records: [session(daysAgo: 0, minutes: 5), session(daysAgo: 1, minutes: 5), session(daysAgo: 3, minutes: 5)]), 2),
        (LogContents(records: [session(daysAgo: 1, minutes: 5), session(daysAgo: 2, minutes: 5)]), 2),
        (LogContents(records: [session(daysAgo: 2, minutes: 5)]), 0),
        (LogContents(records: [session(daysAgo: 0, minutes: 5, simulated: true)]), 0),
    ])
    func streak(_ contents: LogContents, days: Int) {
        #expect(ProgressStats(contents, now: Self.now, calendar: Self.calendar).streak == days)
    }

    @Test("The sparkline has one mark a day for 30 days, blocks in Unicode and plain ASCII otherwise",
          arguments: [(true, "▅", "█"), (false, "+", "@")])
    func sparkline(_ unicode: Bool, yesterday: Character, today: Character) {
        let line = ProgressStats(Self.contents, now: Self.now, calendar: Self.calendar).sparkline(unicode: unicode)
        #expect(line.count == 30)
        #expect(line.last == today)
        #expect(line.dropLast().last == yesterday)
        #expect(line.dropLast(2).allSatisfy { $0 == " " })
        #expect(unicode || line.unicodeScalars.allSatisfy(\.isASCII))
    }

    @Test("The table shows the weeks, the streak and the sparkline")
    func table() {
        let text = ProgressTable(stats: ProgressStats(Self.contents, now: Self.now, calendar: Self.calendar), unicode: false)
            .text(timeZone: TimeZone(identifier: "UTC")!)
        #expect(text.contains("2027-01-11         3       25          3          6.0         4.0"))
        #expect(text.contains("Current streak: 3 days."))
        #expect(text.contains("3 ratings, average 6.7/10"))
    }
}

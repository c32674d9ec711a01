import Foundation

/// Progress over the weeks from the log: sessions, minutes, exercises done and pain per week, the streak of days
/// with a routine, and daily pain over the last 30 days. Simulated sessions never count.
public struct ProgressStats: Sendable {
    /// One calendar week of the table.
    public struct Week: Sendable, Hashable {
        /// The week's first day.
        public let start: Date
        /// Routines done.
        public let sessions: Int
        /// Minutes spent in them.
        public let minutes: Int
        /// Exercises completed or partly done.
        public let exercisesDone: Int
        /// Average pain asked before a routine, if any was given.
        public let painBefore: Double?
        /// Average pain asked after a routine, if any was given.
        public let painAfter: Double?
    }

    /// Days the sparkline covers.
    public static let sparklineDays = 30

    /// The weeks from the first entry (at most `weeksShown`) to this one, oldest first.
    public let weeks: [Week]
    /// Days in a row, ending today or yesterday, with at least one routine.
    public let streak: Int
    /// Minutes of routines this calendar week.
    public let minutesThisWeek: Int
    /// The average rating of each of the last 30 days, oldest first; nil where none was given.
    public let dailyPain: [Double?]
    /// The pain ratings of the last 30 days.
    public let recentRatings: [PainCheckIn]

    /// Weeks the table shows at most.
    public static let weeksShown = 8

    /// Works the figures out from the log's contents as of `now`.
    public init(_ contents: LogContents, now: Date, calendar: Calendar = .current) {
        let sessions = contents.records.filter { !$0.simulated && $0.started <= now }
        let checkIns = contents.checkIns.filter { $0.at <= now }
        let thisWeek = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? calendar.startOfDay(for: now)
        let first = (sessions.map(\.started) + checkIns.map(\.at)).min() ?? now
        var weeks: [Week] = []
        var start = thisWeek
        while weeks.count < Self.weeksShown {
            let end = calendar.date(byAdding: .weekOfYear, value: 1, to: start) ?? start
            let inWeek = sessions.filter { $0.started >= start && $0.started < end }
            let pain = checkIns.filter { $0.at >= start && $0.at < end }
            weeks.insert(Week(
                start: start, sessions: inWeek.count, minutes: Self.minutes(inWeek),
                exercisesDone: inWeek.flatMap(\.exercises).filter { $0.status == .completed || $0.status == .partial }.count,
                painBefore: Self.average(pain.filter { $0.moment == .beforeRoutine }),
                painAfter: Self.average(pain.filter { $0.moment == .afterRoutine })), at: 0)
            guard first < start, let previous = calendar.date(byAdding: .weekOfYear, value: -1, to: start) else { break }
            start = previous
        }
        self.weeks = weeks
        minutesThisWeek = weeks.last?.minutes ?? 0
        let today = calendar.startOfDay(for: now)
        let days = Set(sessions.map { calendar.startOfDay(for: $0.started) })
        var day = days.contains(today) ? today : calendar.date(byAdding: .day, value: -1, to: today) ?? today
        var streak = 0
        while days.contains(day) {
            streak += 1
            day = calendar.date(byAdding: .day, value: -1, to: day) ?? day
        }
        self.streak = streak
        let firstDay = calendar.date(byAdding: .day, value: 1 - Self.sparklineDays, to: today) ?? today
        recentRatings = checkIns.filter { $0.at >= firstDay }
        dailyPain = (0..<Self.sparklineDays).map { offset in
            let dayStart = calendar.date(byAdding: .day, value: offset, to: firstDay) ?? firstDay
            let dayEnd = calendar.date(byAdding: .day, value: 1, to: dayStart) ?? dayStart
            return Self.average(checkIns.filter { $0.at >= dayStart && $0.at < dayEnd })
        }
    }

    private static func minutes(_ sessions: [SessionRecord]) -> Int {
        Int((Double(sessions.map(\.seconds).reduce(0, +)) / 60).rounded())
    }

    private static func average(_ checkIns: [PainCheckIn]) -> Double? {
        guard !checkIns.isEmpty else { return nil }
        return Double(checkIns.map(\.rating).reduce(0, +)) / Double(checkIns.count)
    }

    /// The last 30 days of pain as a sparkline: one character a day, Unicode blocks or plain ASCII; a space where
    /// no rating was given.
    public func sparkline(unicode: Bool) -> String {
        let ramp = unicode ? Array("▁▂▃▄▅▆▇█") : Array("_.-:=+*%#@")
        return String(dailyPain.map { value -> Character in
            guard let value else { return " " }
            let step = Int((value / Double(PainCheckIn.scale.upperBound) * Double(ramp.count - 1)).rounded())
            return ramp[min(ramp.count - 1, max(0, step))]
        })
    }

    /// The pain over the last 30 days in a sentence.
    public var painSummary: String {
        let ratings = recentRatings.map(\.rating)
        guard let latest = ratings.last, let lowest = ratings.min(), let highest = ratings.max() else { return Messages.noPainRatings }
        return Messages.painThisMonth(count: ratings.count, average: Double(ratings.reduce(0, +)) / Double(ratings.count),
                                      lowest: lowest, highest: highest, latest: latest)
    }
}

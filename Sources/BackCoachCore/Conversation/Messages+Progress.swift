/// The fixed sentences about pain check-ins and progress; an extension of `Messages` kept in its own file so the
/// type's main file stays readable.
extension Messages {
    /// Asked about an exercise the log has never seen done.
    public static func exerciseNeverDone(_ name: String) -> String {
        "The log has no session with \(name) yet. Say \"start a routine\" to do it with me."
    }
    /// When an exercise was last done, and how often this week.
    public static func exerciseLastDone(_ name: String, when: String, dose: String, status: String, sessionsThisWeek count: Int) -> String {
        "Last time you did \(name): \(when), \(dose) (\(status)). \(count) session\(count == 1 ? "" : "s") with \(name) in the last 7 days."
    }
    /// Confirms a recorded pain rating.
    public static func painRecorded(_ rating: Int, saved: Bool) -> String {
        guard saved else { return "Noted: pain \(rating)/10." }
        return "Noted: pain \(rating)/10, saved to your log. \"How's my pain been this month?\" or `backcoach progress` shows how it changes."
    }
    /// Said when a rating line gave no number on the scale.
    public static let painNoRating = "Give me your pain as a number from 0 (none) to 10 (the worst), e.g. \"my pain is 4 out of 10\"."
    /// The advice after a high rating or a rise after a routine.
    public static let painAdvice = "A rating of 8 or more, or a rise of 2 or more after a routine, means stop exercising for now and talk to a doctor or physiotherapist before you go on. (standard advice, not from the article)"
    /// Said when a rating could not be saved.
    public static func painNotSaved(_ reason: String) -> String { "(Couldn't save this rating to the log: \(reason).)" }
    /// Asks for a rating before a routine.
    public static let askPainBefore = "Before we start: your pain right now, 0 (none) to 10 (worst)? Enter skips."
    /// Asks for a rating after a routine.
    public static let askPainAfter = "And your pain now, 0 to 10? Enter skips."
    /// Said instead of starting a routine after a rating of 8 or more.
    public static let routineHeldBack = "So I haven't started the routine."
    /// Said when the reply to the question was not a rating.
    public static let painSkipped = "Skipped the pain rating."

    /// The streak of days with a routine.
    public static func streak(_ days: Int) -> String {
        days == 0 ? "No streak just now: no routine today or yesterday. Say \"start a routine\" to begin one."
            : "Your streak: \(days) day\(days == 1 ? "" : "s") in a row with a routine."
    }
    /// Minutes of routines this week.
    public static func minutesThisWeek(_ minutes: Int, sessions: Int) -> String {
        "This week: \(minutes) minute\(minutes == 1 ? "" : "s") of exercise in \(sessions) session\(sessions == 1 ? "" : "s") (simulated runs not counted)."
    }
    /// Pain over the last 30 days.
    public static func painThisMonth(count: Int, average: Double, lowest: Int, highest: Int, latest: Int) -> String {
        "Pain over the last 30 days: \(count) rating\(count == 1 ? "" : "s"), average \(oneDecimal(average))/10, lowest \(lowest), highest \(highest), latest \(latest)/10."
    }
    /// No ratings in the last 30 days.
    public static let noPainRatings = "No pain ratings in the last 30 days. Tell me any time, e.g. \"my pain is 4 out of 10\"."
    /// Heads the sparkline.
    public static let sparklineLabel = "Pain, last 30 days (one mark a day, higher is worse):"
    /// Heads the progress table's streak line.
    public static func progressStreak(_ days: Int) -> String { "Current streak: \(days) day\(days == 1 ? "" : "s")." }
    /// A number with one decimal: "5.5".
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
    /// The columns of the week-by-week table.
    public static let progressColumns = ["week of", "sessions", "minutes", "exercises", "pain before", "pain after"]

    /// The invalid lines of the settings file, in one warning.
    public static func invalidSettings(file: String, lines: [Int]) -> String {
        "\(file): ignored line\(lines.count == 1 ? "" : "s") \(lines.map(String.init).joined(separator: ", ")) (expected ask-pain = yes|no, exclude = exercise ids or level.EXERCISE = beginner|intermediate|advanced); the defaults stand for them"
    }
    /// The exercise ids a settings file may name.
    public static let exerciseIDsHint = "partial-crunch, clam-shell, wall-sit, hamstring-stretch, reclining-twist"

    /// Confirms an exercise left out.
    public static func excluded(_ name: String) -> String {
        "OK, I'll leave \(name) out of your routines from now on. Say \"put \(name) back\" to undo this."
    }
    /// Confirms an exercise put back.
    public static func included(_ name: String) -> String { "OK, I'll put \(name) back in your routines." }
    /// Said when the exercise was already left out.
    public static func alreadyExcluded(_ name: String) -> String { "I already leave \(name) out of your routines." }
    /// Said when the exercise was not left out.
    public static func notExcluded(_ name: String) -> String { "I don't leave \(name) out of your routines: nothing to put back." }
    /// Said when the settings could not be saved.
    public static func settingsNotSaved(_ reason: String) -> String { "(Couldn't save your settings: \(reason); this holds until you quit.)" }
    /// The settings in words.
    public static func settingsSummary(excluded: [String], asksPain: Bool, file: String?) -> String {
        var lines = [excluded.isEmpty ? "No exercises are left out of your routines." : "Left out of your routines: \(list(excluded))."]
        lines.append(asksPain ? "In a terminal I ask your pain (0-10) before and after each routine." : "I don't ask your pain around routines.")
        if let file { lines.append("Settings file: \(file)") }
        return lines.joined(separator: "\n")
    }
    /// Said when every exercise a routine would have is left out.
    public static let allExcluded = "Every exercise for that is left out of your routines. Say \"put ... back\" to include one again."

    /// Feedback with no routine to apply it to.
    public static let noRoutineForFeedback = "Tell me after a routine, or name the exercise (\"wall sits were too hard\"), and I'll adjust the next dose."
    /// "Just right".
    public static let dosesKept = "Good: I'll keep the doses as they are."
    /// A dose moved one step.
    public static func doseChanged(_ name: String, from: String, to: String) -> String { "Next time, \(name): \(to) (was \(from))." }
    /// A dose the article gives as one figure.
    public static func doseFixed(_ name: String, dose: String) -> String { "\(name.prefix(1).uppercased())\(name.dropFirst()): \(dose) either way; the article gives one dose." }
    /// A dose already at the end of the article's range.
    public static func doseAtLimit(_ name: String, dose: String, top: Bool) -> String {
        "\(name.prefix(1).uppercased())\(name.dropFirst()): \(dose) is already the article's \(top ? "maximum" : "minimum"), so I'll keep it there."
    }

    /// The report's title.
    public static let reportTitle = "BackCoach: pain and exercise report"
    /// The report's note under the title.
    public static func reportNote(made: String) -> String {
        "Made \(made) from the BackCoach session log. Exercises from the article \"Chronic Back Pain? Here are Some Exercises to Strengthen Your Back\" (WebMD, Yoga International, Coach Magazine); pain on the 0-10 numeric rating scale, as the person gave it. Simulated sessions are not counted. Not a diagnosis."
    }
    /// Headings of the report.
    public static let reportPainHeading = "Pain over time (0-10)"
    /// Heads the weeks table.
    public static let reportWeeksHeading = "Sessions and adherence per week"
    /// Heads the exercises table.
    public static let reportExercisesHeading = "Exercises and doses"
    /// Heads the pain reports.
    public static let reportPainReportsHeading = "Pain reported during exercises"
    /// The exercises table's columns.
    public static let reportExerciseColumns = ["exercise", "times done", "doses (oldest → newest)"]
    /// No pain reports.
    public static let reportNoPainReports = "None."
    /// Said when the report was written.
    public static func reportWritten(_ path: String) -> String { "Wrote \(path)" }
}

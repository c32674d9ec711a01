import BackCoachCore
import Foundation

/// The session log as the `log` command prints it, with every time in the local time zone: text for a person,
/// CSV for a clinician (ISO 8601 with the local offset), or JSON Lines for scripts.
struct LogFormatter {
    /// The time zone times are shown in.
    var timeZone = TimeZone.current

    /// One block per session, newest last.
    func text(_ records: [SessionRecord]) -> String {
        guard !records.isEmpty else { return Messages.noSessions + "\n" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE d MMM yyyy, HH:mm"
        return records.map { record in
            let focus = record.focus.map { ", focus \($0)" } ?? ""
            let simulated = record.simulated ? "  (\(Messages.simulatedMark))" : ""
            var lines = ["\(formatter.string(from: record.started))  \(record.level.rawValue)\(focus)  \(record.outcome.rawValue)  \(Messages.duration(record.seconds))\(simulated)"]
            for result in record.exercises {
                lines.append("  \(result.exercise): \(result.dose), \(result.completedSteps)/\(result.totalSteps) steps, \(result.status.rawValue)")
            }
            for report in record.painReports { lines.append("  pain reported: \"\(report)\"") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// CSV with a header; one row per exercise per session.
    func csv(_ records: [SessionRecord]) -> String {
        var rows = ["started,ended,seconds,level,focus,outcome,exercise,dose,completed_steps,total_steps,status,pain_reports,simulated"]
        for record in records {
            for result in record.exercises {
                rows.append([
                    timestamp(record.started), timestamp(record.ended), String(record.seconds), record.level.rawValue,
                    record.focus ?? "", record.outcome.rawValue, result.exercise.rawValue, result.dose, String(result.completedSteps),
                    String(result.totalSteps), result.status.rawValue, record.painReports.joined(separator: " | "), String(record.simulated),
                ].map(Self.field).joined(separator: ","))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// One JSON object per session, with the times in local ISO 8601.
    func jsonLines(_ records: [SessionRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(timestamp(date))
        }
        return records.compactMap { record in
            (try? encoder.encode(record)).flatMap { String(data: $0, encoding: .utf8) }.map { $0 + "\n" }
        }.joined()
    }

    /// A date in ISO 8601 with the local offset: `2026-05-04T17:23:26-05:00`.
    func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        return formatter.string(from: date)
    }

    /// A CSV field, quoted when it needs to be; a leading formula character is neutralised.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ",\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

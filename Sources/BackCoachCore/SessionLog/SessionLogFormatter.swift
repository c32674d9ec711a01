import Foundation

/// Renders session records as text for a person or as CSV for a clinician.
public enum SessionLogFormatter {
    /// One block per session, newest last.
    public static func text(_ records: [SessionRecord]) -> String {
        guard !records.isEmpty else { return Messages.noSessions + "\n" }
        return records.map { record in
            var lines = ["\(timestamp(record.started))  \(record.level.rawValue)\(record.focus.map { ", focus \($0)" } ?? "")  \(record.outcome.rawValue)  \(Messages.duration(record.seconds))\(record.simulated ? "  (\(Messages.simulatedMark))" : "")"]
            for result in record.exercises {
                lines.append("  \(result.exercise): \(result.dose), \(result.completedSteps)/\(result.totalSteps) steps, \(result.status.rawValue)")
            }
            for report in record.painReports { lines.append("  pain reported: \"\(report)\"") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// CSV with a header; one row per exercise per session.
    public static func csv(_ records: [SessionRecord]) -> String {
        var rows = ["started,ended,seconds,level,focus,outcome,exercise,dose,completed_steps,total_steps,status,pain_reports,simulated"]
        for record in records {
            for result in record.exercises {
                rows.append([
                    timestamp(record.started), timestamp(record.ended), String(record.seconds), record.level.rawValue,
                    record.focus ?? "", record.outcome.rawValue, result.exercise.rawValue, result.dose, String(result.completedSteps),
                    String(result.totalSteps), result.status.rawValue, record.painReports.joined(separator: " | "), String(record.simulated),
                ].map(field).joined(separator: ","))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it needs to be; a leading formula character is neutralised.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ",\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}

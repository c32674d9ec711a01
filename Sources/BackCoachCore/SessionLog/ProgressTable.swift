import Foundation

/// `backcoach progress` as text: the week-by-week table, the current streak and the pain sparkline.
public struct ProgressTable: Sendable {
    /// The figures shown.
    public let stats: ProgressStats
    /// Whether Unicode blocks may be used; plain ASCII otherwise.
    public let unicode: Bool

    /// Makes a table.
    public init(stats: ProgressStats, unicode: Bool) {
        self.stats = stats
        self.unicode = unicode
    }

    /// The whole text, ending with a newline.
    public func text(timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        let pain = { (value: Double?) in value.map(Messages.oneDecimal) ?? "-" }
        let rows = [Messages.progressColumns] + stats.weeks.map { week in
            [formatter.string(from: week.start), "\(week.sessions)", "\(week.minutes)", "\(week.exercisesDone)",
             pain(week.painBefore), pain(week.painAfter)]
        }
        let widths = Messages.progressColumns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.indices.map { column in
                let cell = row[column], pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        lines.insert(widths.map { String(repeating: unicode ? "─" : "-", count: $0) }.joined(separator: "  "), at: 1)
        lines.append("")
        lines.append(Messages.progressStreak(stats.streak))
        lines.append(Messages.sparklineLabel)
        let frame = unicode ? "│" : "|"
        lines.append(frame + stats.sparkline(unicode: unicode) + frame)
        lines.append(stats.painSummary)
        return lines.joined(separator: "\n") + "\n"
    }
}

import Foundation

/// A self-contained HTML page to take to a clinician: the pain chart (one point per rating), sessions and minutes
/// per week, each exercise's doses, and pain reported during exercises. Inline CSS and SVG, no scripts, no network;
/// well-formed XHTML so any HTML or XML parser reads it; printable on A4. Simulated sessions never count.
public struct ReportPage: Sendable {
    /// The log's contents.
    public let contents: LogContents
    /// When the report is made.
    public let now: Date
    /// The time zone dates are shown in.
    public let timeZone: TimeZone

    /// Makes a report.
    public init(contents: LogContents, now: Date, timeZone: TimeZone = .current) {
        self.contents = contents
        self.now = now
        self.timeZone = timeZone
    }

    private static let chartWidth = 640.0, chartHeight = 220.0, margin = 30.0

    /// The whole page.
    public var html: String {
        let sessions = contents.records.filter { !$0.simulated }
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        let stats = ProgressStats(LogContents(records: sessions, checkIns: contents.checkIns), now: now, calendar: calendar)
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/>
            <title>\(Messages.reportTitle)</title>
            <style>\(Self.style)</style></head><body>
            <h1>\(Messages.reportTitle)</h1>
            <p class="note">\(Self.escape(Messages.reportNote(made: format(now, time: true))))</p>
            <h2>\(Messages.reportPainHeading)</h2>
            \(painChart)
            <h2>\(Messages.reportWeeksHeading)</h2>
            \(weeksTable(stats))
            <p>\(Self.escape(Messages.progressStreak(stats.streak)))</p>
            <h2>\(Messages.reportExercisesHeading)</h2>
            \(exercisesTable(sessions))
            <h2>\(Messages.reportPainReportsHeading)</h2>
            \(painReports(sessions))
            </body></html>

            """
    }

    private static let style = """
        @page { size: A4; margin: 15mm; } body { font: 11pt/1.4 sans-serif; color: #222; max-width: 180mm; margin: auto; } \
        h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.2em; } .note { color: #555; font-size: 9pt; } \
        table { border-collapse: collapse; width: 100%; page-break-inside: avoid; } \
        th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: right; } th:first-child, td:first-child { text-align: left; } \
        svg { width: 100%; height: auto; page-break-inside: avoid; } .axis { stroke: #888; } .line { fill: none; stroke: #c33; } \
        .point { fill: #c33; } text { font-size: 10px; fill: #444; }
        """

    /// The pain chart: ratings over time, 0 at the bottom and 10 at the top, one circle per rating.
    private var painChart: String {
        let ratings = contents.checkIns.sorted { $0.at < $1.at }
        guard let first = ratings.first?.at, let last = ratings.last?.at else { return "<p>\(Self.escape(Messages.noPainRatings))</p>" }
        let span = max(1, last.timeIntervalSince(first))
        let (width, height, margin) = (Self.chartWidth, Self.chartHeight, Self.margin)
        let points = ratings.map { rating -> (x: Double, y: Double, rating: PainCheckIn) in
            let x = margin + (width - 2 * margin) * (ratings.count == 1 ? 0.5 : rating.at.timeIntervalSince(first) / span)
            let y = height - margin - (height - 2 * margin) * Double(rating.rating) / Double(PainCheckIn.scale.upperBound)
            return (x, y, rating)
        }
        let coordinates = { (value: Double) in String(format: "%.1f", value) }
        let polyline = points.map { "\(coordinates($0.x)),\(coordinates($0.y))" }.joined(separator: " ")
        let circles = points.map { point in
            "<circle class=\"point\" cx=\"\(coordinates(point.x))\" cy=\"\(coordinates(point.y))\" r=\"3\"><title>\(format(point.rating.at, time: true)): \(point.rating.rating)/10</title></circle>"
        }.joined(separator: "\n")
        let bottom = height - margin
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-label="\(Messages.reportPainHeading)">
            <line class="axis" x1="\(margin)" y1="\(bottom)" x2="\(width - margin)" y2="\(bottom)"/>
            <line class="axis" x1="\(margin)" y1="\(margin)" x2="\(margin)" y2="\(bottom)"/>
            <text x="4" y="\(margin + 4)">10</text><text x="10" y="\(bottom + 4)">0</text>
            <text x="\(margin)" y="\(height - 8)">\(format(first, time: false))</text>
            <text x="\(width - margin)" y="\(height - 8)" text-anchor="end">\(format(last, time: false))</text>
            <polyline class="line" points="\(polyline)"/>
            \(circles)
            </svg>
            """
    }

    private func weeksTable(_ stats: ProgressStats) -> String {
        let pain = { (value: Double?) in value.map(Messages.oneDecimal) ?? "-" }
        let rows = stats.weeks.map { week in
            [format(week.start, time: false), "\(week.sessions)", "\(week.minutes)", "\(week.exercisesDone)", pain(week.painBefore), pain(week.painAfter)]
        }
        return Self.table(header: Messages.progressColumns, rows: rows)
    }

    private func exercisesTable(_ sessions: [SessionRecord]) -> String {
        var order: [ExerciseID] = []
        var done: [ExerciseID: Int] = [:], doses: [ExerciseID: [String]] = [:]
        for result in sessions.flatMap(\.exercises) {
            if !order.contains(result.exercise) { order.append(result.exercise) }
            if result.status == .completed || result.status == .partial { done[result.exercise, default: 0] += 1 }
            if doses[result.exercise]?.last != result.dose { doses[result.exercise, default: []].append(result.dose) }
        }
        let rows = order.map { id in [id.rawValue, "\(done[id] ?? 0)", (doses[id] ?? []).joined(separator: " → ")] }
        return Self.table(header: Messages.reportExerciseColumns, rows: rows)
    }

    private func painReports(_ sessions: [SessionRecord]) -> String {
        let items = sessions.flatMap { session in
            session.painReports.map { "<li>\(format(session.started, time: true)): \(Self.escape($0))</li>" }
        }
        return items.isEmpty ? "<p>\(Messages.reportNoPainReports)</p>" : "<ul>\n" + items.joined(separator: "\n") + "\n</ul>"
    }

    private static func table(header: [String], rows: [[String]]) -> String {
        let head = "<tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
        let body = rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        return "<table>\n\(head)\n\(body)\n</table>"
    }

    private func format(_ date: Date, time: Bool) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = time ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    /// Text made safe inside HTML elements and attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

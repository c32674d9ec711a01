@testable import backcoach
import BackCoachCore
import Foundation
import Testing

/// The CSV a clinician opens: a header, one row per exercise, quoted fields, formulas neutralised.
@Suite("Log formatting")
struct LogFormatterTests {
    static let record = SessionRecord(
        started: Date(timeIntervalSince1970: 1_800_000_000), ended: Date(timeIntervalSince1970: 1_800_000_100), seconds: 100,
        level: .beginner, focus: "hips", outcome: .completed,
        exercises: [.init(exercise: "clam-shell", dose: "20 reps each side", completedSteps: 2, totalSteps: 2, status: .completed)],
        painReports: ["it hurts, \"a lot\""], simulated: true)

    @Test("CSV for a clinician: a header, one row per exercise, quoted fields, the simulated flag")
    func csv() {
        let lines = LogFormatter().csv([Self.record]).split(separator: "\n")
        #expect(lines.first == "started,ended,seconds,level,focus,outcome,exercise,dose,completed_steps,total_steps,status,pain_reports,simulated")
        #expect(lines.count == 2)
        #expect(lines[1].contains("\"it hurts, \"\"a lot\"\"\""))
        #expect(lines[1].hasSuffix(",true"))
    }

    @Test("A cell that starts like a formula is neutralised", arguments: ["=1+1", "+A1", "@SUM(A1)", "\t=1", "\r=1"])
    func formulas(_ cell: String) {
        #expect(LogFormatter.field(cell).hasPrefix("'") || LogFormatter.field(cell).hasPrefix("\"'"))
    }
}

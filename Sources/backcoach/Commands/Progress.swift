import ArgumentParser
import BackCoachCore
import Foundation

/// Prints progress over the weeks: the table, the streak and the pain sparkline.
struct Progress: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show progress week by week: sessions, minutes, exercises, pain, streak and a pain sparkline.",
        discussion: """
            Read from the session log ($XDG_DATA_HOME/backcoach/sessions.jsonl). Simulated routines (scripts, \
            --pace instant) never count; pain ratings ("my pain is 6 out of 10") do. The sparkline uses Unicode \
            blocks, or plain ASCII with TERM=dumb or a non-UTF-8 locale.

            Examples:
              backcoach progress
              TERM=dumb backcoach progress
            """
    )

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let contents: LogContents
        do {
            contents = try XDGFolder.sessionLog(environment: environment).loadAll()
        } catch {
            Output.error.write("backcoach: cannot read the session log: \(TextNormalizer.sanitized(error.description))\n")
            throw ExitCode(ExitStatus.ioError)
        }
        let table = ProgressTable(stats: ProgressStats(contents, now: Date()), unicode: Self.allowsUnicode(environment))
        Output.standard.write(table.text())
        if contents.unreadable > 0 { Output.error.write(Messages.corruptLogLines(contents.unreadable) + "\n") }
    }

    /// Whether the terminal and locale can show Unicode blocks: not with `TERM=dumb`, and only in a UTF-8 locale.
    static func allowsUnicode(_ environment: [String: String]) -> Bool {
        guard environment["TERM"] != "dumb" else { return false }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}

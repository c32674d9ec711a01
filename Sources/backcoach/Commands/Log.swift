import ArgumentParser
import BackCoachCore
import Foundation

/// Prints the session log.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the log of past routines, in local time.",
        discussion: """
            Read from $XDG_DATA_HOME/backcoach/sessions.jsonl (default ~/.local/share/backcoach/sessions.jsonl). \
            Routines run on the virtual clock (scripts, --pace instant) are marked simulated. In a terminal, long \
            output goes through $PAGER (less -FRX).

            Examples:
              backcoach log
              backcoach log --csv > sessions.csv
              backcoach log --json | jq .outcome
            """
    )

    @Flag(name: .long, help: "Print CSV, one row per exercise per session, for a clinician.")
    var csv = false

    @Flag(name: .long, help: "Print one JSON object per session (JSON Lines).")
    var json = false

    func validate() throws {
        if csv && json { throw ValidationError("--csv and --json cannot be used together.") }
    }

    func run() throws {
        let log = XDGFolder.sessionLog(environment: ProcessInfo.processInfo.environment)
        let records: [SessionRecord], unreadable: Int
        do {
            (records, unreadable) = try log.load()
        } catch {
            Output.error.write("backcoach: cannot read the session log: \(TextNormalizer.sanitized(error.description))\n")
            throw ExitCode(ExitStatus.ioError)
        }
        let formatter = LogFormatter()
        if json {
            Output.standard.write(formatter.jsonLines(records))
        } else if csv {
            Output.standard.write(DisplayText.safe(formatter.csv(records)))
        } else {
            Pager.show(DisplayText.safe(formatter.text(records)))
        }
        if unreadable > 0 { Output.error.write(Messages.corruptLogLines(unreadable) + "\n") }
    }
}

import ArgumentParser
import BackCoachCore
import Foundation

/// Prints the session log.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the log of past routines.")

    @Flag(help: "Print CSV, one row per exercise per session, for a clinician.")
    var csv = false

    func run() throws {
        let log = SessionLog.defaultLocation(environment: ProcessInfo.processInfo.environment)
        let records: [SessionRecord], unreadable: Int
        do {
            (records, unreadable) = try log.load()
        } catch {
            Output.error.write("backcoach: cannot read the session log: \(TextNormalizer.sanitized(error.description))\n")
            throw ExitCode(ExitStatus.ioError)
        }
        let output = csv ? SessionLogFormatter.csv(records) : SessionLogFormatter.text(records)
        Output.standard.write(DisplayText.safe(output))
        if unreadable > 0 { Output.error.write(Messages.corruptLogLines(unreadable) + "\n") }
    }
}

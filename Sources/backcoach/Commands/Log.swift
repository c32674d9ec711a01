import ArgumentParser
import BackCoachCore
import Foundation

/// Prints the session log.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the log of past routines.")

    @Flag(help: "Print CSV, one row per exercise per session, for a clinician.")
    var csv = false

    func run() throws {
        let log = SessionLog(file: SessionLog.defaultFile(environment: ProcessInfo.processInfo.environment))
        let (records, unreadable) = log.read()
        let output = csv ? SessionLogFormatter.csv(records) : SessionLogFormatter.text(records)
        Output.standard.write(output)
        if unreadable > 0 { Output.error.write(Messages.corruptLogLines(unreadable) + "\n") }
    }
}

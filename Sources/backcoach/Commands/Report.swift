import ArgumentParser
import BackCoachCore
import Foundation

/// Writes the HTML report for a clinician.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a one-page HTML report to take to a clinician: pain chart, sessions per week, doses, pain reports.",
        discussion: """
            One self-contained file (inline CSS and SVG, no scripts, no network), printable on A4, from the session \
            log. Simulated routines never count.

            Examples:
              backcoach report report.html
            """
    )

    @Argument(help: ArgumentHelp("The HTML file to write.", valueName: "file"), completion: .file(extensions: ["html"]))
    var file: String

    func run() throws {
        let contents: LogContents
        do {
            contents = try XDGFolder.sessionLog(environment: ProcessInfo.processInfo.environment).loadAll()
        } catch {
            Output.error.write("backcoach: cannot read the session log: \(TextNormalizer.sanitized(error.description))\n")
            throw ExitCode(ExitStatus.ioError)
        }
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(ReportPage(contents: contents, now: Date()).html.utf8))
            try handle.close()
        } catch {
            throw failure(error.localizedDescription)
        }
        Output.standard.write(Messages.reportWritten(TextNormalizer.sanitized(file)) + "\n")
        if contents.unreadable > 0 { Output.error.write(Messages.corruptLogLines(contents.unreadable) + "\n") }
    }

    /// Says why the file could not be written; the exit status is 74 (EX_IOERR).
    private func failure(_ reason: String) -> ExitCode {
        Output.error.write("backcoach: cannot write \(TextNormalizer.sanitized(file)): \(TextNormalizer.sanitized(reason))\n")
        return ExitCode(ExitStatus.ioError)
    }
}

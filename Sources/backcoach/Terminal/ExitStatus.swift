import BackCoachCore
import Foundation

/// The program's exit status after its work: buffered output is written and the session log forced onto the disk
/// first; a failed write to standard output or to the session log is said once on standard error and gives
/// EX_IOERR (74); a closed pipe alone stays quiet.
enum ExitStatus {
    /// EX_IOERR from sysexits.h: an input/output error.
    static let ioError: Int32 = 74

    /// Why the program must exit with `ioError`, or nil when every write succeeded.
    static var ioFailure: String? {
        Output.standard.failure ?? SessionLog.lastWriteFailure.map { "the session log was not saved: \($0)" }
    }

    /// Exits with `status`, or with `ioError` after one message on standard error when a write failed.
    static func exit(_ status: Int32) -> Never {
        Output.standard.flush()
        SessionLog.synchronizeAll()
        if let failure = ioFailure {
            Output.error.write("backcoach: \(TextNormalizer.sanitized(failure))\n")
            Foundation.exit(ioError)
        }
        Foundation.exit(status)
    }
}

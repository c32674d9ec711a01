import ArgumentParser
import Foundation

/// When to colour output: `auto` (a terminal, unless `NO_COLOR` is set or `TERM` is `dumb`), `always` or `never`.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument, Sendable {
    case auto, always, never

    /// Whether output written to `descriptor` gets colour, given the environment.
    func isEnabled(descriptor: Int32 = STDOUT_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto:
            isatty(descriptor) == 1 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}

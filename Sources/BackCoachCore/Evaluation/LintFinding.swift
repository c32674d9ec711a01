/// One problem `backcoach intents check` reports.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible {
    /// How serious it is.
    public enum Severity: String, Sendable, Hashable {
        /// The intent set is wrong; the check fails.
        case error
        /// Worth a look; the check still passes.
        case warning
    }

    /// Error or warning.
    public let severity: Severity
    /// The file.
    public let file: String
    /// The line, when there is one.
    public let line: Int?
    /// What is wrong.
    public let message: String

    /// `file:line: error: message`.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
    }
}

/// How a routine ended, as the session log records it.
public enum SessionOutcome: String, Sendable, Hashable, Codable {
    /// Every step was reached; some may have been skipped.
    case completed
    /// The person stopped it (stop, Ctrl-C, a closed terminal).
    case stopped
    /// Input ended while it ran.
    case endedEarly = "ended-early"
    /// It ended after a pain report.
    case pain
    /// A red-flag symptom ended it.
    case redFlag = "red-flag"
}

/// How one exercise of a routine went.
public enum ExerciseStatus: String, Sendable, Hashable, Codable {
    /// Every step done.
    case completed
    /// Some steps done, some skipped.
    case partial
    /// The routine ended during it.
    case stopped
    /// Every step skipped.
    case skipped
    /// Stopped because it hurt.
    case pain
    /// The routine ended before it.
    case notReached = "not-reached"
}

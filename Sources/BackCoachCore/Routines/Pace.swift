/// Whether timed steps take real time or complete at once.
public enum Pace: String, Sendable, Hashable, CaseIterable {
    /// Holds and rests count down in real time.
    case real
    /// Holds and rests complete at once with the same text: for scripts and tests.
    case instant
}

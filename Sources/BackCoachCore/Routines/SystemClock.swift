import Foundation

/// The system's wall clock.
public final class SystemClock: CoachClock {
    /// Makes a wall clock.
    public init() {}
    /// The current wall-clock time.
    public var now: Date { Date() }
}

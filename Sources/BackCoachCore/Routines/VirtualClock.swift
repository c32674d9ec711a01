import Foundation

/// A clock that moves only when told to, so routines run in tests without waiting.
public final class VirtualClock: CoachClock {
    /// The clock's current time.
    public private(set) var now: Date

    /// Starts the clock at a given time.
    public init(start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        now = start
    }

    /// Moves the clock forward.
    public func advance(by seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
    }
}

import Foundation

/// The time source of a coach: real in a terminal, virtual in tests and scripts.
public protocol CoachClock: AnyObject {
    /// The current time.
    var now: Date { get }
}

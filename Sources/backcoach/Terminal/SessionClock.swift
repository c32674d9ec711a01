import BackCoachCore
import Foundation

/// The wall clock with the time the process spent stopped (Ctrl-Z) taken out, so a countdown and a session's
/// length count only time the person could see.
final class SessionClock: CoachClock, @unchecked Sendable {
    /// The process's clock.
    static let shared = SessionClock()

    private var stoppedTotal: TimeInterval = 0
    private var stoppedAt: Date?

    /// Now, less the time spent stopped.
    var now: Date { (stoppedAt ?? Date()).addingTimeInterval(-stoppedTotal) }

    /// Stands still until `resume`.
    func pause() {
        if stoppedAt == nil { stoppedAt = Date() }
    }

    /// Runs on, without the time since `pause`.
    func resume() {
        guard let stoppedAt else { return }
        stoppedTotal += Date().timeIntervalSince(stoppedAt)
        self.stoppedAt = nil
    }
}

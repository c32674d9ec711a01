import Foundation

/// A routine under way in a conversation: its runner, the clock it runs on, and the record it leaves when it ends.
public final class RoutineSession {
    /// The runner walking the plan.
    public let runner: RoutineRunner
    /// Whether timed steps take real time.
    public let pace: Pace
    private let clock: CoachClock
    private let started: Date
    private var lastTick: Date
    private var virtualSeconds = 0.0
    private var holdsAnnounced = 0

    /// Starts timing a runner.
    init(runner: RoutineRunner, pace: Pace, clock: CoachClock) {
        self.runner = runner
        self.pace = pace
        self.clock = clock
        started = clock.now
        lastTick = started
    }

    /// Real time that passed since the last call, applied to the countdown; nothing in instant pace.
    func elapse() -> [RoutineEvent] {
        let now = clock.now
        defer { lastTick = now }
        guard pace == .real else { return [] }
        return runner.elapse(now.timeIntervalSince(lastTick))
    }

    /// In instant pace, completes timed steps at once, counting their time as simulated.
    func settle() -> [RoutineEvent] {
        guard pace == .instant else { return [] }
        let (events, seconds) = runner.completeTimedSteps()
        virtualSeconds += seconds
        return events
    }

    /// Whether a timed hold ran out since the last call: the terminal's cue for its bell.
    func takeHoldEnded() -> Bool {
        defer { holdsAnnounced = runner.holdsEnded }
        return runner.holdsEnded > holdsAnnounced
    }

    /// Seconds to report in the summary: real time, plus the simulated time of instant steps.
    var summarySeconds: Int { Int((clock.now.timeIntervalSince(started) + virtualSeconds).rounded()) }

    /// The log record of the routine as it ended: the real time spent, the doses run, and whether it was simulated.
    func record(outcome: SessionOutcome) -> SessionRecord {
        let ended = clock.now
        return SessionRecord(
            started: started, ended: ended, seconds: Int(ended.timeIntervalSince(started).rounded()), level: runner.plan.level,
            focus: runner.plan.focus, outcome: outcome, exercises: runner.exerciseResults(), painReports: runner.painReports,
            simulated: pace == .instant)
    }
}

import BackCoachCore
import Foundation

/// Answers lines from a pipe or file in order: no banner, no prompt, no colour; blank lines skipped. Answers to
/// lines already read go out in blocks; whatever was printed is flushed before the session waits for input.
final class ScriptSession: @unchecked Sendable {
    private let coach: Coach
    private let printer: ReplyPrinter
    private var pendingTicks: [String] = []

    /// Makes a session over a coach.
    init(coach: Coach, printer: ReplyPrinter) {
        self.coach = coach
        self.printer = printer
    }

    /// Prints a reply, with what timed steps said since the last one in front of it.
    func show(_ reply: Reply) {
        var reply = reply
        if !pendingTicks.isEmpty {
            reply.text = (pendingTicks + [reply.text]).joined(separator: "\n")
            pendingTicks.removeAll()
        }
        printer.print(reply)
    }

    /// Answers input lines to the end. In real pace timed steps count down while it waits for the next line, so
    /// "stop" or "pause" arrive mid-hold; what the steps say is printed as it happens, or with `--json` folded
    /// into the next line's object so there is exactly one object per input line. When input ends a running
    /// routine is stopped and logged; with `--json` its summary is logged, not printed.
    func run() {
        Signals.install()
        let reader = DescriptorLineReader(matcher: coach.matcher)
        while !Output.standard.isClosed {
            handleSignals()
            let counting = coach.pace == .real && coach.activeRoutine.map { !$0.isPaused && $0.current?.isTimed == true } == true
            if !reader.hasLine { Output.standard.flush() }
            switch reader.nextLine(timeout: counting ? 0.1 : nil) {
            case .line(let line):
                if line.allSatisfy({ $0.isWhitespace }) { continue }
                let reply = coach.respond(to: line)
                show(reply)
                if reply.endsSession { return finish() }
            case .timeout:
                handleSignals()
                guard let tick = coach.tick() else { continue }
                if printer.json { pendingTicks.append(tick.text) } else { printer.print(tick) }
            case .end:
                return finish()
            }
        }
        finish()
    }

    /// Stops and logs a running routine at the end of input.
    private func finish() {
        let summary = coach.endOfInput()
        if let summary, !printer.json { printer.print(summary) }
    }

    /// Ctrl-C, SIGTERM or SIGHUP stop and log a running routine, then exit with 128 + the signal; Ctrl-Z stops
    /// the process, and the time stopped does not count.
    private func handleSignals() {
        if Signals.takeSuspend() {
            Output.standard.flush()
            SessionClock.shared.pause()
            Signals.suspend(terminal: nil)
            SessionClock.shared.resume()
        }
        guard let signal = Signals.termination ?? (Signals.takeInterrupt() ? SIGINT : nil) else { return }
        if let summary = coach.interrupt(), !printer.json { printer.print(summary) }
        ExitStatus.exit(128 + signal)
    }
}

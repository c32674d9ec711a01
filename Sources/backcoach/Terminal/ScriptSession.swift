import BackCoachCore
import Foundation

/// Answers lines from a pipe or file in order: no banner, no prompt, no colour; blank lines skipped.
final class ScriptSession: @unchecked Sendable {
    private let coach: Coach
    private let printer: ReplyPrinter
    private let exitGuard = ExitGuard()
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
        stopCleanly(on: [SIGINT, SIGTERM, SIGHUP])
        let reader = DescriptorLineReader(matcher: coach.matcher)
        while !Output.standard.isClosed {
            let counting = locked { coach.pace == .real && coach.activeRoutine.map { !$0.isPaused && $0.current?.isTimed == true } == true }
            switch reader.nextLine(timeout: counting ? 0.1 : nil) {
            case .line(let line):
                if line.allSatisfy({ $0.isWhitespace }) { continue }
                let reply = locked { coach.respond(to: line) }
                show(reply)
                if reply.endsSession { return finish() }
            case .timeout:
                guard let tick = locked({ coach.tick() }) else { continue }
                if printer.json { pendingTicks.append(tick.text) } else { printer.print(tick) }
            case .end:
                return finish()
            }
        }
        finish()
    }

    /// Stops and logs a running routine at the end of input.
    private func finish() {
        let summary = locked { coach.endOfInput() }
        if let summary, !printer.json { printer.print(summary) }
    }

    /// Runs `body` between signals, so a signal never interrupts a half-done answer.
    private func locked<T>(_ body: () -> T) -> T {
        exitGuard.locked(body)
    }

    /// On these signals, stop and log a running routine, then exit.
    private func stopCleanly(on signals: [Int32]) {
        exitGuard.onSignals(signals) { [self] in
            if let summary = coach.interrupt(), !printer.json { printer.print(summary) }
        }
    }
}

import BackCoachCore
import Foundation

/// Answers lines from a pipe or file in order: no banner, no prompt, no colour; blank lines skipped.
final class ScriptSession: @unchecked Sendable {
    private let coach: Coach
    private let printer: ReplyPrinter
    private let exitGuard = ExitGuard()

    /// Makes a session over a coach.
    init(coach: Coach, printer: ReplyPrinter) {
        self.coach = coach
        self.printer = printer
    }

    /// Prints a reply; in real pace first waits out the timed steps it started, folding what they say into the
    /// same reply, so `--json` prints exactly one object per input line.
    func show(_ reply: Reply) {
        printer.print(runTimers(after: reply))
    }

    /// Reads standard input to its end; a running routine is stopped and logged when input ends or on a signal.
    /// In `--json` mode the summary of a routine cut short by the end of input is logged, not printed, so the
    /// output keeps one object per input line.
    func run() {
        stopCleanly(on: [SIGINT, SIGTERM, SIGHUP])
        while !Output.standard.isClosed, let line = readLine(strippingNewline: true) {
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            let reply = locked { coach.respond(to: line) }
            show(reply)
            if reply.endsSession { break }
        }
        let summary = locked { coach.endOfInput() }
        if let summary, !printer.json { printer.print(summary) }
    }

    /// In real pace, waits out timed steps, adding what each says to the reply.
    private func runTimers(after reply: Reply) -> Reply {
        guard coach.pace == .real else { return reply }
        var combined = reply
        while let step = locked({ coach.activeRoutine.flatMap { $0.isPaused ? nil : $0.current } }), step.isTimed {
            usleep(100_000)
            guard let next = locked({ coach.tick() }) else { continue }
            combined.text += "\n" + next.text
            combined.routine = next.routine
        }
        return combined
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

import BackCoachCore
import Foundation

/// Answers lines from a pipe or file in order: no banner, no prompt, no colour; blank lines skipped.
final class ScriptSession: @unchecked Sendable {
    private let coach: Coach
    private let printer: ReplyPrinter
    private let lock = NSLock()
    private var signalSources: [DispatchSourceSignal] = []

    /// Makes a session over a coach.
    init(coach: Coach, printer: ReplyPrinter) {
        self.coach = coach
        self.printer = printer
    }

    /// Prints a reply, and in real pace lets its timed steps run.
    func show(_ reply: Reply) {
        printer.print(reply)
        runTimers()
    }

    /// Reads standard input to its end; a running routine is stopped and logged when input ends or on a signal.
    func run() {
        stopCleanly(on: [SIGINT, SIGTERM, SIGHUP])
        while !Output.standard.isClosed, let line = readLine(strippingNewline: true) {
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            lock.lock()
            let reply = coach.respond(to: line)
            show(reply)
            lock.unlock()
            if reply.endsSession { break }
        }
        lock.lock()
        if let summary = coach.endOfInput() { printer.print(summary) }
        lock.unlock()
    }

    /// In real pace, waits out timed steps, printing as each one ends.
    private func runTimers() {
        while let runner = coach.activeRoutine, let step = runner.current, step.isTimed, !runner.isPaused {
            usleep(100_000)
            if let reply = coach.tick() { printer.print(reply) }
        }
    }

    /// On these signals, stop and log a running routine, then exit.
    private func stopCleanly(on signals: [Int32]) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                if let summary = coach.endOfInput() { printer.print(summary) }
                exit(128 + number)
            }
            source.resume()
            signalSources.append(source)
        }
    }
}

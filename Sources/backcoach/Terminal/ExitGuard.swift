import Foundation

/// Serialises a session's work with its exit signals: on SIGINT, SIGTERM or SIGHUP the handler runs only between
/// two answers, never in the middle of one, and then the program exits.
final class ExitGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [DispatchSourceSignal] = []

    /// Runs `body` holding the lock the signal handlers take.
    func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// On any of these signals, waits for the current answer, runs `cleanUp`, and exits with 128 + the signal.
    func onSignals(_ signals: [Int32], cleanUp: @escaping @Sendable () -> Void) {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                cleanUp()
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}

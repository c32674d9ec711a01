import Foundation
import Synchronization

/// The one place signals are handled. SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT and SIGWINCH only record what
/// arrived and wake whoever waits for input (a pipe watched beside the input); the waiting loop then acts:
/// Ctrl-C stops a routine, a termination stops and logs it and exits, a suspension restores the terminal and
/// stops the process until it is continued.
enum Signals {
    /// Installs the handlers once per process (without SA_RESTART, so a blocked call returns).
    static func install() {
        _ = installed
    }

    /// The read end of the wake-up pipe, readable after any handled signal; -1 when it could not be made.
    static var wakeDescriptor: Int32 { wakeRead.load(ordering: .sequentiallyConsistent) }

    /// Whether Ctrl-C (SIGINT) arrived; clears it.
    static func takeInterrupt() -> Bool { interrupt.exchange(0, ordering: .sequentiallyConsistent) != 0 }
    /// Whether Ctrl-C (SIGINT) arrived, leaving it pending.
    static var interruptPending: Bool { interrupt.load(ordering: .sequentiallyConsistent) != 0 }
    /// SIGTERM or SIGHUP, if one arrived: the program must stop cleanly and exit.
    static var termination: Int32? {
        let number = terminate.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }
    /// Whether Ctrl-Z (SIGTSTP) arrived; clears it.
    static func takeSuspend() -> Bool { suspendRequest.exchange(0, ordering: .sequentiallyConsistent) != 0 }
    /// Whether the process was continued after being stopped (SIGCONT); clears it.
    static func takeContinue() -> Bool { continued.exchange(0, ordering: .sequentiallyConsistent) != 0 }
    /// Whether the terminal changed size (SIGWINCH); clears it.
    static func takeResize() -> Bool { resized.exchange(0, ordering: .sequentiallyConsistent) != 0 }

    /// Empties the wake-up pipe after it woke a reader.
    static func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while wakeDescriptor >= 0, read(wakeDescriptor, &buffer, buffer.count) > 0 {}
    }

    /// Stops the process as Ctrl-Z would, with the terminal set to `settings` while it is stopped; returns once
    /// it is continued. SIGSTOP, not SIGTSTP, so it stops even in an orphaned process group.
    static func suspend(terminal settings: termios?) {
        if var settings { tcsetattr(STDIN_FILENO, TCSADRAIN, &settings) }
        kill(getpid(), SIGSTOP)
        _ = takeContinue()
    }

    private static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH]

    private static let installed: Bool = {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            wakeRead.store(ends[0], ordering: .sequentiallyConsistent)
            wakeWrite.store(ends[1], ordering: .sequentiallyConsistent)
        }
        for number in handled { setHandler(for: number) }
        return true
    }()

    private static func setHandler(for number: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = record
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(number, &action, nil)
    }
}

private let interrupt = Atomic<Int32>(0)
private let terminate = Atomic<Int32>(0)
private let suspendRequest = Atomic<Int32>(0)
private let continued = Atomic<Int32>(0)
private let resized = Atomic<Int32>(0)
private let wakeRead = Atomic<Int32>(-1)
private let wakeWrite = Atomic<Int32>(-1)

/// The handler for every handled signal: records it and wakes the reader; async-signal-safe.
private func record(_ number: Int32) {
    let savedErrno = errno
    switch number {
    case SIGINT: interrupt.store(1, ordering: .sequentiallyConsistent)
    case SIGTSTP: suspendRequest.store(1, ordering: .sequentiallyConsistent)
    case SIGCONT: continued.store(1, ordering: .sequentiallyConsistent)
    case SIGWINCH: resized.store(1, ordering: .sequentiallyConsistent)
    default: terminate.store(number, ordering: .sequentiallyConsistent)
    }
    let descriptor = wakeWrite.load(ordering: .sequentiallyConsistent)
    if descriptor >= 0 {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }
    errno = savedErrno
}

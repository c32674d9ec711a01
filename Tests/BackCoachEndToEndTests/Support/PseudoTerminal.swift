// End-to-end harness: runs a program inside a real pseudo-terminal, the way a
// person runs it in a terminal window.
//
// How the child gets the terminal (Linux/glibc):
//   * openpty() makes the pair with the window size set (80x24 by default); both sides are
//     marked close-on-exec at once, under a lock that every spawn of this harness takes, so
//     no child started concurrently by a parallel test inherits them;
//   * the child is started with posix_spawn and POSIX_SPAWN_SETSID (0x80 in glibc >= 2.26,
//     spelled out because Swift's Glibc module lacks the GNU-only flags): it runs setsid()
//     first, so it leads a new session with no controlling terminal; glibc does this before
//     the file actions;
//   * the first file action opens the slave by its path (without O_NOCTTY) as fd 0: a session
//     leader without a controlling terminal that opens a tty acquires it as its controlling
//     terminal, with its own process group in the foreground, so a Ctrl-C byte (0x03) written
//     to the master makes the line discipline send SIGINT to the program;
//   * fds 1 and 2 are dup2'ed from 0; every other descriptor is closed in the child with
//     posix_spawn_file_actions_addclosefrom_np (glibc >= 2.34, looked up with dlsym);
//   * all signal dispositions are reset to default (POSIX_SPAWN_SETSIGDEF) and the signal mask
//     is emptied (POSIX_SPAWN_SETSIGMASK), so a SIGINT or SIGPIPE that the test runner ignores
//     is not inherited by the program under test;
//   * the parent closes its slave descriptor, so the program's exit shows as EOF/EIO.
// No fork() runs in Swift code and no helper program (setsid, script) is involved.
//
// All reading happens on the caller's thread while it waits: the master is non-blocking and
// polled with short timeouts, so nothing blocks forever.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An error from the terminal harness; its description carries the output seen so far.
struct PseudoTerminalError: Error, CustomStringConvertible {
    var message: String
    var transcript: String
    var currentLine: String?

    var description: String {
        var text = message
        if let currentLine {
            text += "\nLine under the cursor: \"\(currentLine)\""
        }
        text += "\n--- terminal output so far (ANSI escapes stripped, ␍ = carriage return) ---\n"
        text += PseudoTerminalError.readable(transcript)
        text += "\n--- end of terminal output ---"
        return text
    }

    /// Makes carriage returns and other control characters visible in a failure message.
    static func readable(_ text: String) -> String {
        var out = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: out.unicodeScalars.append(scalar)
            case 0x0D: out += "␍"
            case 0x08: out += "␈"
            case 0..<0x20, 0x7F: out += "^" + String(UnicodeScalar(UInt8((scalar.value + 0x40) & 0x7F)))
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// A program running with a pseudo-terminal as its controlling terminal and stdin/stdout/stderr.
final class PseudoTerminal {
    /// Keys as a terminal sends them.
    enum Key {
        static let enter = "\r"
        static let tab = "\t"
        static let up = "\u{1B}[A"
        static let down = "\u{1B}[B"
        static let right = "\u{1B}[C"
        static let left = "\u{1B}[D"
        static let backspace = "\u{7F}"
        static let ctrlC: UInt8 = 0x03
        static let ctrlD: UInt8 = 0x04
        static let ctrlU: UInt8 = 0x15
    }

    let processIdentifier: pid_t
    let columns: Int
    let rows: Int

    private let master: Int32
    /// Set once the master reports EOF/EIO: every slave descriptor is closed (the program exited).
    private var outputEnded = false
    private var rawBytes: [UInt8] = []
    private var waitStatus: Int32?

    /// Starts `executable` with `arguments`. `environment` is laid over a minimal base that
    /// only holds PATH (nothing else of the test runner's environment, HOME included, leaks in).
    init(
        executable: URL,
        arguments: [String],
        environment: [String: String],
        columns: UInt16 = 80,
        rows: UInt16 = 24
    ) throws {
        self.columns = Int(columns)
        self.rows = Int(rows)

        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        var slave: Int32 = -1
        var nameBuffer = [CChar](repeating: 0, count: 4096)
        let pid: pid_t
        do {
            pid = try ChildProcess.withDescriptorLock {
                // openpty gives no O_CLOEXEC: mark both sides under the lock every spawn of this
                // harness takes, so that no concurrently spawned child inherits them.
                guard openpty(&master, &slave, &nameBuffer, nil, &size) == 0 else {
                    throw PseudoTerminal.systemError("openpty")
                }
                _ = fcntl(master, F_SETFD, FD_CLOEXEC)
                _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
                let slavePath = nameBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                return try ChildProcess.spawnLocked(
                    executable: executable,
                    arguments: arguments,
                    environment: ChildProcess.environment(environment),
                    newSession: true
                ) { actions in
                    // The new session's leader opens the tty by name (no O_NOCTTY): it becomes
                    // the controlling terminal, with the child's group in the foreground.
                    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
                    posix_spawn_file_actions_adddup2(&actions, 0, 1)
                    posix_spawn_file_actions_adddup2(&actions, 0, 2)
                }
            }
        } catch {
            if master >= 0 { close(master) }
            if slave >= 0 { close(slave) }
            throw error
        }
        // Only the child may hold the slave side, so that its exit shows as EOF/EIO here.
        close(slave)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.processIdentifier = pid
    }

    deinit {
        if waitStatus == nil {
            // The child leads its own process group: end the group, then reap the child.
            if kill(-processIdentifier, SIGKILL) != 0 {
                kill(processIdentifier, SIGKILL)
            }
            var status: Int32 = 0
            while waitpid(processIdentifier, &status, 0) < 0 && errno == EINTR {}
        }
        close(master)
    }

    /// Resizes the terminal, as dragging the window would: the program gets SIGWINCH. `screenLines` keeps
    /// emulating the size the terminal started with.
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    // MARK: Output

    /// Everything the program wrote so far, as bytes (escape sequences and `\r` included).
    var rawTranscript: [UInt8] {
        drain()
        return rawBytes
    }

    /// Everything the program wrote so far, with ANSI escape sequences (and BEL) removed;
    /// `\r`, `\n` (as the terminal's `\r\n`) and backspaces are kept.
    var transcript: String {
        drain()
        return TerminalText.stripANSI(rawBytes[...])
    }

    /// A position in the output; pass it to `output(since:)` or `waitFor(_:since:timeout:)`
    /// to look only at what came after it.
    func mark() -> Int {
        drain()
        return rawBytes.count
    }

    /// Output after `mark`, ANSI escape sequences removed.
    func output(since mark: Int) -> String {
        drain()
        return TerminalText.stripANSI(rawBytes[min(mark, rawBytes.count)...])
    }

    /// The screen as an 80x24 terminal would show it now (visible rows, trailing blanks trimmed).
    var screenLines: [String] {
        drain()
        var screen = TerminalScreen(columns: columns, rows: rows)
        screen.feed(rawBytes)
        return screen.lines
    }

    /// The screen row the cursor is on, as a person would read it (e.g. `backcoach> how do I`).
    var currentLine: String {
        drain()
        var screen = TerminalScreen(columns: columns, rows: rows)
        screen.feed(rawBytes)
        return screen.lines[screen.cursorRow]
    }

    /// Reads until the whole output (ANSI stripped) contains `text`; returns that output.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil("the output to contain \"\(text)\"", timeout: timeout) {
            $0.transcript.contains(text)
        }
        return transcript
    }

    /// Reads until the output after `mark` (ANSI stripped) contains `text`; returns that output.
    @discardableResult
    func waitFor(_ text: String, since mark: Int, timeout: Double = 10) throws -> String {
        try waitUntil("the output to contain \"\(text)\" (after position \(mark))", timeout: timeout) {
            $0.output(since: mark).contains(text)
        }
        return output(since: mark)
    }

    /// Reads output until `condition` holds (checked at least every 50 ms). Throws, with the output so far, when it does not
    /// hold within `timeout` seconds, or when the program closed the terminal first.
    func waitUntil(
        _ description: String,
        timeout: Double = 10,
        _ condition: (PseudoTerminal) throws -> Bool
    ) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if try condition(self) { return }
            if outputEnded {
                _ = reap()
                let how = waitStatus.map { " (" + PseudoTerminal.describe(status: $0) + ")" } ?? ""
                throw failure("The program closed the terminal\(how) while waiting for \(description).")
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                if try condition(self) { return }
                throw failure("Timed out after \(timeout) s waiting for \(description).")
            }
            pump(timeout: min(remaining, 0.05))
        }
    }

    /// Reads until the program has printed nothing for `quiet` seconds (it waits for input, or
    /// works silently), or `timeout` passes. Useful before typing an answer to a question read
    /// by whatever means the program chooses.
    func waitForQuiet(_ quiet: Double = 0.2, timeout: Double = 5) {
        let deadline = Date().addingTimeInterval(timeout)
        var length = mark()
        var quietSince = Date()
        while !outputEnded, deadline.timeIntervalSinceNow > 0 {
            if Date().timeIntervalSince(quietSince) >= quiet { return }
            pump(timeout: 0.02)
            if rawBytes.count != length {
                length = rawBytes.count
                quietSince = Date()
            }
        }
    }

    /// Keeps reading for `seconds` (the program is not blocked on a full terminal buffer meanwhile).
    func idle(_ seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while !outputEnded {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return }
            pump(timeout: min(remaining, 0.05))
        }
        let remaining = deadline.timeIntervalSinceNow
        if remaining > 0 { usleep(UInt32(remaining * 1_000_000)) }
    }

    // MARK: Terminal modes

    /// The terminal's settings as the program last set them (on Linux, tcgetattr on the
    /// master reads the slave's termios).
    var settings: termios? {
        var settings = termios()
        return tcgetattr(master, &settings) == 0 ? settings : nil
    }

    /// True while the terminal is line-buffered (ICANON), i.e. no line editor or key-reading
    /// loop has switched it to raw/cbreak mode.
    var isCanonical: Bool {
        guard let settings else { return true }
        return settings.c_lflag & tcflag_t(ICANON) != 0
    }

    /// Waits (reading output meanwhile) until the program has switched the terminal out of
    /// canonical mode, as a line editor does while it waits for a line. A line editor may print
    /// its prompt just before it switches; keys typed in between are handled by the kernel's
    /// line discipline instead (echoed twice, Tab inserted, Ctrl-D lost), so type only after
    /// this. Returns false if it did not happen within `timeout`.
    @discardableResult
    func waitForRawMode(timeout: Double = 3) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while isCanonical {
            if outputEnded || deadline.timeIntervalSinceNow <= 0 { return false }
            pump(timeout: min(deadline.timeIntervalSinceNow, 0.01))
        }
        return true
    }

    // MARK: Input

    /// Types `text` (UTF-8). Use `Key.enter` ("\r") for the Enter key.
    func send(_ text: String) {
        send(bytes: Array(text.utf8))
    }

    /// Types a line and presses Enter.
    func sendLine(_ line: String) {
        send(line + Key.enter)
    }

    /// Writes raw bytes to the terminal, e.g. `[PseudoTerminal.Key.ctrlC]`.
    func send(bytes: [UInt8]) {
        var offset = 0
        let deadline = Date().addingTimeInterval(10)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer in
                write(master, buffer.baseAddress, buffer.count)
            }
            if written > 0 {
                offset += written
                continue
            }
            if written < 0 && errno == EINTR { continue }
            if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK), Date() < deadline {
                // The program is not reading its input; keep its output flowing meanwhile.
                pump(timeout: 0.02)
                continue
            }
            return  // EIO: the program is gone; the next wait reports it.
        }
    }

    // MARK: Exit

    /// Waits for the program to exit (reading its output meanwhile) and returns its exit status;
    /// a program killed by a signal gives 128 + the signal number.
    @discardableResult
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            drain()
            if let status = reap() {
                drain()
                return PseudoTerminal.exitCode(status: status)
            }
            if Date() >= deadline {
                throw failure("Timed out after \(timeout) s waiting for the program to exit.")
            }
            if outputEnded {
                usleep(10_000)
            } else {
                pump(timeout: 0.02)
            }
        }
    }

    /// True while the program has not exited.
    var isRunning: Bool {
        drain()
        return reap() == nil
    }

    /// The signal that ended the program, if it was ended by one.
    var terminationSignal: Int32? {
        guard let status = waitStatus ?? reap() else { return nil }
        let signal = status & 0x7F
        return (signal != 0 && signal != 0x7F) ? signal : nil
    }

    // MARK: Internals

    private func reap() -> Int32? {
        if let waitStatus { return waitStatus }
        var status: Int32 = 0
        var result: pid_t
        repeat {
            result = waitpid(processIdentifier, &status, WNOHANG)
        } while result < 0 && errno == EINTR
        if result == processIdentifier {
            waitStatus = status
            return status
        }
        return nil
    }

    /// Reads whatever is available right now.
    private func drain() {
        pump(timeout: 0)
    }

    /// Waits up to `timeout` seconds for output, then reads all that is available.
    private func pump(timeout: Double) {
        guard !outputEnded else { return }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                rawBytes.append(contentsOf: buffer[0..<count])
                continue
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            // 0 or EIO: no process holds the slave side any more.
            outputEnded = true
            return
        }
    }

    private func failure(_ message: String) -> PseudoTerminalError {
        var screen = TerminalScreen(columns: columns, rows: rows)
        screen.feed(rawBytes)
        return PseudoTerminalError(
            message: message,
            transcript: TerminalText.stripANSI(rawBytes[...]),
            currentLine: screen.lines[screen.cursorRow]
        )
    }

    static func exitCode(status: Int32) -> Int32 {
        let signal = status & 0x7F
        if signal == 0 { return (status >> 8) & 0xFF }
        return 128 + signal
    }

    static func describe(status: Int32) -> String {
        let signal = status & 0x7F
        if signal == 0 { return "exit status \((status >> 8) & 0xFF)" }
        return "killed by signal \(signal)"
    }

    static func systemError(_ what: String) -> PseudoTerminalError {
        ChildProcess.systemError(what)
    }
}

// MARK: - Spawning

/// posix_spawn with argument/environment marshalling, shared by the pty and the pipe runner.
enum ChildProcess {
    /// glibc's POSIX_SPAWN_SETSID (0x80, glibc >= 2.26); Swift's Glibc module does not export
    /// the GNU-only spawn flags.
    static let spawnSetSID: Int32 = 0x80

    private static let lock = NSLock()

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        guard let handle = dlopen(nil, RTLD_NOW) else { return nil }
        return dlsym(handle, name)
    }

    /// posix_spawn_file_actions_addclosefrom_np (glibc >= 2.34), looked up at run time because
    /// Swift's Glibc module is not built with _GNU_SOURCE.
    private static let addCloseFrom: AddCloseFrom? =
        symbol("posix_spawn_file_actions_addclosefrom_np").map { unsafeBitCast($0, to: AddCloseFrom.self) }
    private static let pipe2Function: Pipe2? =
        symbol("pipe2").map { unsafeBitCast($0, to: Pipe2.self) }

    /// Runs `body` while no other spawn of this harness can happen: descriptors made inside
    /// and marked close-on-exec before it returns never leak into another test's child.
    static func withDescriptorLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// A close-on-exec pipe. Call it inside `withDescriptorLock`.
    static func makePipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        if let pipe2Function {
            guard pipe2Function(&fds, O_CLOEXEC) == 0 else { throw systemError("pipe2") }
        } else {
            guard pipe(&fds) == 0 else { throw systemError("pipe") }
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }

    static func systemError(_ what: String) -> PseudoTerminalError {
        PseudoTerminalError(message: "\(what) failed: \(String(cString: strerror(errno)))", transcript: "")
    }

    /// A minimal environment (PATH only) with `overrides` laid over it.
    static func environment(_ overrides: [String: String]) -> [String: String] {
        var base = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"]
        base.merge(overrides) { _, new in new }
        return base
    }

    /// Spawns `executable`; call it inside `withDescriptorLock`. `fileActions` sets up fds 0, 1
    /// and 2; every other descriptor is closed in the child (where glibc can). Signal
    /// dispositions are reset to default and the signal mask is emptied.
    static func spawnLocked(
        executable: URL,
        arguments: [String],
        environment: [String: String],
        newSession: Bool,
        fileActions configure: (inout posix_spawn_file_actions_t) -> Void
    ) throws -> pid_t {
        let path = executable.path
        guard access(path, X_OK) == 0 else {
            throw PseudoTerminalError(
                message: "Cannot execute \(path): \(String(cString: strerror(errno)))", transcript: "")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        configure(&actions)
        if let addCloseFrom {
            _ = addCloseFrom(&actions, 3)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if newSession { flags |= spawnSetSID }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        sigdelset(&defaultSignals, SIGKILL)
        sigdelset(&defaultSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] =
            environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw PseudoTerminalError(
                message: "posix_spawn \(path) failed: \(String(cString: strerror(result)))", transcript: "")
        }
        return pid
    }
}

// MARK: - Terminal text

enum TerminalText {
    /// Removes ANSI/VT escape sequences (CSI, OSC, DCS, two- and three-byte ESC sequences)
    /// and the control characters a terminal does not show (BEL, NUL, readline's \u{1}/\u{2}
    /// prompt markers, DEL); keeps text, `\r`, `\n`, `\t` and backspaces.
    static func stripANSI(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let byte = bytes[i]
            if byte == 0x1B {
                i = skipEscape(bytes, from: i).next
                continue
            }
            switch byte {
            case 0x08, 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x80...0xFF: out.append(byte)
            default: break
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    enum Escape {
        case csi(parameters: String, final: UInt8)
        case other(UInt8)
        case ignored
    }

    /// Parses the escape sequence starting at `start` (an ESC byte).
    static func skipEscape(_ bytes: ArraySlice<UInt8>, from start: Int) -> (escape: Escape, next: Int) {
        let end = bytes.endIndex
        var i = start + 1
        guard i < end else { return (.ignored, end) }
        let kind = bytes[i]
        i += 1
        switch kind {
        case UInt8(ascii: "["):
            var parameters: [UInt8] = []
            while i < end, (0x20...0x3F).contains(bytes[i]) {
                parameters.append(bytes[i])
                i += 1
            }
            guard i < end else { return (.ignored, end) }
            return (.csi(parameters: String(decoding: parameters, as: UTF8.self), final: bytes[i]), i + 1)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            // String sequences end with BEL (OSC) or ST (ESC \).
            while i < end {
                if bytes[i] == 0x07 { return (.ignored, i + 1) }
                if bytes[i] == 0x1B, i + 1 < end, bytes[i + 1] == UInt8(ascii: "\\") { return (.ignored, i + 2) }
                i += 1
            }
            return (.ignored, end)
        case 0x20...0x2F:
            // ESC ( B and friends: intermediates, then one final byte.
            while i < end, (0x20...0x2F).contains(bytes[i]) { i += 1 }
            return (.ignored, min(i + 1, end))
        default:
            return (.other(kind), i)
        }
    }
}

/// A small VT100/xterm screen model: enough to tell what a line looks like after a line
/// editor redrew it with cursor movements, erases and carriage returns.
struct TerminalScreen {
    let columns: Int
    let rows: Int
    private(set) var cells: [[Character]]
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    private var pendingWrap = false
    private var saved = (row: 0, column: 0)
    /// Lines that scrolled off the top.
    private(set) var scrollback: [String] = []

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// Visible rows, trailing blanks removed.
    var lines: [String] {
        cells.map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    }

    /// Scrolled-off lines followed by the visible rows.
    var allLines: [String] { scrollback + lines }

    mutating func feed(_ bytes: [UInt8]) {
        let slice = bytes[...]
        var i = slice.startIndex
        while i < slice.endIndex {
            let byte = slice[i]
            switch byte {
            case 0x1B:
                let (escape, next) = TerminalText.skipEscape(slice, from: i)
                apply(escape)
                i = next
                continue
            case 0x0D:
                cursorColumn = 0
                pendingWrap = false
            case 0x0A, 0x0B, 0x0C:
                pendingWrap = false
                lineFeed()
            case 0x08:
                pendingWrap = false
                if cursorColumn > 0 { cursorColumn -= 1 }
            case 0x09:
                cursorColumn = min(columns - 1, (cursorColumn / 8 + 1) * 8)
            case 0..<0x20, 0x7F:
                break
            default:
                let length: Int
                switch byte {
                case 0xC0...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF7: length = 4
                default: length = 1
                }
                let stop = min(i + length, slice.endIndex)
                let text = String(decoding: slice[i..<stop], as: UTF8.self)
                for character in text { put(character) }
                i = stop
                continue
            }
            i += 1
        }
    }

    private mutating func put(_ character: Character) {
        if pendingWrap {
            pendingWrap = false
            cursorColumn = 0
            lineFeed()
        }
        cells[cursorRow][cursorColumn] = character
        if cursorColumn == columns - 1 {
            pendingWrap = true
        } else {
            cursorColumn += 1
        }
    }

    private mutating func lineFeed() {
        if cursorRow == rows - 1 {
            scrollUp(1)
        } else {
            cursorRow += 1
        }
    }

    private mutating func scrollUp(_ count: Int) {
        for _ in 0..<min(count, rows) {
            scrollback.append(String(cells.removeFirst()).replacingOccurrences(
                of: "\\s+$", with: "", options: .regularExpression))
            cells.append(blankRow)
        }
    }

    private var blankRow: [Character] { Array(repeating: " ", count: columns) }

    private mutating func apply(_ escape: TerminalText.Escape) {
        switch escape {
        case .ignored:
            return
        case .other(let kind):
            switch kind {
            case UInt8(ascii: "7"): saved = (cursorRow, cursorColumn)
            case UInt8(ascii: "8"):
                (cursorRow, cursorColumn) = saved
                pendingWrap = false
            case UInt8(ascii: "D"): lineFeed()
            case UInt8(ascii: "E"):
                cursorColumn = 0
                lineFeed()
            case UInt8(ascii: "M"):
                if cursorRow > 0 {
                    cursorRow -= 1
                } else {
                    cells.removeLast()
                    cells.insert(blankRow, at: 0)
                }
            case UInt8(ascii: "c"):
                self = TerminalScreen(columns: columns, rows: rows)
            default: break
            }
        case .csi(let parameterText, let final):
            if parameterText.hasPrefix("?") || parameterText.hasPrefix(">") || parameterText.hasPrefix("=") {
                return  // private modes (cursor keys, bracketed paste, ...): no effect on the text
            }
            let parameters = parameterText.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            func parameter(_ index: Int, default value: Int = 1) -> Int {
                index < parameters.count && parameters[index] != 0 ? parameters[index] : value
            }
            let n = parameter(0)
            switch final {
            case UInt8(ascii: "A"): cursorRow = max(0, cursorRow - n)
            case UInt8(ascii: "B"), UInt8(ascii: "e"): cursorRow = min(rows - 1, cursorRow + n)
            case UInt8(ascii: "C"), UInt8(ascii: "a"): cursorColumn = min(columns - 1, cursorColumn + n)
            case UInt8(ascii: "D"): cursorColumn = max(0, cursorColumn - n)
            case UInt8(ascii: "E"):
                cursorRow = min(rows - 1, cursorRow + n)
                cursorColumn = 0
            case UInt8(ascii: "F"):
                cursorRow = max(0, cursorRow - n)
                cursorColumn = 0
            case UInt8(ascii: "G"), UInt8(ascii: "`"): cursorColumn = min(columns - 1, n - 1)
            case UInt8(ascii: "d"): cursorRow = min(rows - 1, n - 1)
            case UInt8(ascii: "H"), UInt8(ascii: "f"):
                cursorRow = min(rows - 1, parameter(0) - 1)
                cursorColumn = min(columns - 1, parameter(1) - 1)
            case UInt8(ascii: "J"):
                switch parameter(0, default: 0) {
                case 0:
                    eraseInRow(cursorRow, from: cursorColumn, to: columns)
                    for row in (cursorRow + 1)..<rows { cells[row] = blankRow }
                case 1:
                    for row in 0..<cursorRow { cells[row] = blankRow }
                    eraseInRow(cursorRow, from: 0, to: cursorColumn + 1)
                default:
                    for row in 0..<rows { cells[row] = blankRow }
                }
            case UInt8(ascii: "K"):
                switch parameter(0, default: 0) {
                case 0: eraseInRow(cursorRow, from: cursorColumn, to: columns)
                case 1: eraseInRow(cursorRow, from: 0, to: cursorColumn + 1)
                default: cells[cursorRow] = blankRow
                }
            case UInt8(ascii: "X"):
                eraseInRow(cursorRow, from: cursorColumn, to: cursorColumn + n)
            case UInt8(ascii: "P"):
                var row = cells[cursorRow]
                let count = min(n, columns - cursorColumn)
                row.removeSubrange(cursorColumn..<(cursorColumn + count))
                row.append(contentsOf: Array(repeating: " ", count: count))
                cells[cursorRow] = row
            case UInt8(ascii: "@"):
                var row = cells[cursorRow]
                let count = min(n, columns - cursorColumn)
                row.insert(contentsOf: Array(repeating: " ", count: count), at: cursorColumn)
                cells[cursorRow] = Array(row.prefix(columns))
            case UInt8(ascii: "L"):
                for _ in 0..<min(n, rows - cursorRow) {
                    cells.remove(at: rows - 1)
                    cells.insert(blankRow, at: cursorRow)
                }
            case UInt8(ascii: "M"):
                for _ in 0..<min(n, rows - cursorRow) {
                    cells.remove(at: cursorRow)
                    cells.append(blankRow)
                }
            case UInt8(ascii: "S"): scrollUp(n)
            case UInt8(ascii: "T"):
                for _ in 0..<min(n, rows) {
                    cells.removeLast()
                    cells.insert(blankRow, at: 0)
                }
            case UInt8(ascii: "s"): saved = (cursorRow, cursorColumn)
            case UInt8(ascii: "u"): (cursorRow, cursorColumn) = saved
            default:
                return  // SGR colours and the like change no text
            }
            pendingWrap = false
        }
    }

    private mutating func eraseInRow(_ row: Int, from start: Int, to stop: Int) {
        let lower = max(0, min(start, columns))
        let upper = max(lower, min(stop, columns))
        for column in lower..<upper { cells[row][column] = " " }
    }
}

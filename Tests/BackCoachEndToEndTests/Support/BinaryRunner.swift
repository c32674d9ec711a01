// End-to-end harness: finds the built `backcoach` binary and runs it with pipes.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

struct BinaryRunnerError: Error, CustomStringConvertible {
    var description: String
}

enum BinaryRunner {
    static let executableName = "backcoach"

    /// The built `backcoach` binary. Set BACKCOACH_EXECUTABLE to use another one.
    /// Otherwise it is looked up next to the test bundle: on Linux the test bundle
    /// (.build/<config>/BackCoachPackageTests.xctest) sits in the products folder,
    /// the same folder as .build/<config>/backcoach.
    static func executableURL() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["BACKCOACH_EXECUTABLE"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            guard isExecutableFile(url) else {
                throw BinaryRunnerError(description: "BACKCOACH_EXECUTABLE=\(explicit) is not an executable file.")
            }
            return url
        }
        var folders: [URL] = []
        let bundle = Bundle.main.bundleURL
        folders.append(bundle)
        folders.append(bundle.deletingLastPathComponent())
        if let argument0 = CommandLine.arguments.first, !argument0.isEmpty {
            let runner = URL(fileURLWithPath: argument0).resolvingSymlinksInPath()
            folders.append(runner.deletingLastPathComponent())
            // macOS: .../BackCoachPackageTests.xctest/Contents/MacOS/BackCoachPackageTests
            folders.append(runner.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent())
        }
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        var seen = Set<String>()
        var searched: [String] = []
        for folder in folders {
            let candidate = folder.appendingPathComponent(executableName).standardizedFileURL
            guard seen.insert(candidate.path).inserted else { continue }
            searched.append(candidate.path)
            if isExecutableFile(candidate) { return candidate }
        }
        throw BinaryRunnerError(description: """
            The built `\(executableName)` executable was not found. Looked for:
              \(searched.joined(separator: "\n  "))
            Build it first (`swift build`; `swift test` builds it because the end-to-end test \
            target depends on it), or set BACKCOACH_EXECUTABLE to its path.
            """)
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }

    /// Runs `backcoach` with `arguments` through pipes: writes `input` to its stdin and closes it
    /// (nil: stdin is /dev/null), reads stdout and stderr concurrently until the program exits.
    ///
    /// The child's environment is PATH plus `environment`. If `environment` has no HOME, the run
    /// gets a fresh temporary HOME/XDG_* folder that is removed afterwards, so no run ever
    /// touches the real home. A program killed by a signal gives status 128 + the signal.
    static func run(
        _ arguments: [String],
        input: String?,
        environment: [String: String] = [:],
        timeout: Double = 60
    ) throws -> (stdout: String, stderr: String, status: Int32) {
        if environment["HOME"] == nil {
            return try TemporaryHome.with { home in
                try run(arguments, input: input, environment: home.environment.merging(environment) { _, new in new },
                        timeout: timeout)
            }
        }
        return try run(executable: executableURL(), arguments, input: input, environment: environment,
                       timeout: timeout)
    }

    /// Like `run(_:input:environment:timeout:)` for another program (no temporary home is added).
    static func run(
        executable: URL,
        _ arguments: [String],
        input: String?,
        environment: [String: String],
        timeout: Double = 60
    ) throws -> (stdout: String, stderr: String, status: Int32) {
        try PipeRun(
            executable: executable, arguments: arguments, input: input,
            environment: ChildProcess.environment(environment), timeout: timeout
        ).result()
    }
}

/// One run of a program with stdin/stdout/stderr on pipes, driven by poll(2).
private struct PipeRun {
    let executable: URL
    let arguments: [String]
    let input: String?
    let environment: [String: String]
    let timeout: Double

    private static let ignoreSIGPIPE: Void = {
        // Writing to a program that exited without reading its input must give EPIPE,
        // not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
    }()

    func result() throws -> (stdout: String, stderr: String, status: Int32) {
        _ = PipeRun.ignoreSIGPIPE

        var stdoutPipe: (read: Int32, write: Int32) = (-1, -1)
        var stderrPipe: (read: Int32, write: Int32) = (-1, -1)
        var stdinPipe: (read: Int32, write: Int32)? = nil
        let pid: pid_t
        do {
            pid = try ChildProcess.withDescriptorLock {
                stdoutPipe = try ChildProcess.makePipe()
                stderrPipe = try ChildProcess.makePipe()
                if input != nil { stdinPipe = try ChildProcess.makePipe() }
                return try ChildProcess.spawnLocked(
                    executable: executable, arguments: arguments, environment: environment, newSession: false
                ) { actions in
                    if let stdinPipe {
                        posix_spawn_file_actions_adddup2(&actions, stdinPipe.read, 0)
                    } else {
                        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                    }
                    posix_spawn_file_actions_adddup2(&actions, stdoutPipe.write, 1)
                    posix_spawn_file_actions_adddup2(&actions, stderrPipe.write, 2)
                }
            }
        } catch {
            for fd in [stdoutPipe.read, stdoutPipe.write, stderrPipe.read, stderrPipe.write,
                       stdinPipe?.read ?? -1, stdinPipe?.write ?? -1] where fd >= 0 {
                close(fd)
            }
            throw error
        }
        close(stdoutPipe.write)
        close(stderrPipe.write)
        if let stdinPipe { close(stdinPipe.read) }

        var stdinFD: Int32 = stdinPipe?.write ?? -1
        var stdoutFD: Int32 = stdoutPipe.read
        var stderrFD: Int32 = stderrPipe.read
        for fd in [stdinFD, stdoutFD, stderrFD] where fd >= 0 {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        let pending = Array((input ?? "").utf8)
        var written = 0
        if stdinFD >= 0 && pending.isEmpty {
            close(stdinFD)
            stdinFD = -1
        }
        var stdoutBytes: [UInt8] = []
        var stderrBytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false

        func readAvailable(_ fd: inout Int32, into output: inout [UInt8]) {
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    output.append(contentsOf: buffer[0..<count])
                } else if count < 0 && errno == EINTR {
                    continue
                } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                    return
                } else {
                    close(fd)
                    fd = -1
                    return
                }
            }
        }

        while stdoutFD >= 0 || stderrFD >= 0 {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                timedOut = true
                break
            }
            var descriptors: [pollfd] = []
            if stdinFD >= 0 { descriptors.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0)) }
            if stdoutFD >= 0 { descriptors.append(pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)) }
            if stderrFD >= 0 { descriptors.append(pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(min(remaining, 0.25) * 1000) + 1)
            if ready < 0 && errno != EINTR {
                throw BinaryRunnerError(description: "poll failed: \(String(cString: strerror(errno)))")
            }
            guard ready > 0 else { continue }
            for descriptor in descriptors where descriptor.revents != 0 {
                if descriptor.fd == stdinFD {
                    let count = pending[written...].withUnsafeBytes { write(stdinFD, $0.baseAddress, $0.count) }
                    if count > 0 {
                        written += count
                    }
                    if written == pending.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                        // All input sent (or the program closed its stdin): send EOF.
                        close(stdinFD)
                        stdinFD = -1
                    }
                } else if descriptor.fd == stdoutFD {
                    readAvailable(&stdoutFD, into: &stdoutBytes)
                } else if descriptor.fd == stderrFD {
                    readAvailable(&stderrFD, into: &stderrBytes)
                }
            }
        }
        for fd in [stdinFD, stdoutFD, stderrFD] where fd >= 0 { close(fd) }

        if timedOut {
            kill(pid, SIGKILL)
        }
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, timedOut ? 0 : WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { break }
            if result == 0 {
                // Output closed but the program is still running (e.g. it closed its stdout).
                if Date() >= deadline {
                    timedOut = true
                    kill(pid, SIGKILL)
                } else {
                    usleep(5_000)
                }
            }
        }
        let stdout = String(decoding: stdoutBytes, as: UTF8.self)
        let stderr = String(decoding: stderrBytes, as: UTF8.self)
        if timedOut {
            throw BinaryRunnerError(description: """
                `\(executable.lastPathComponent) \(arguments.joined(separator: " "))` did not finish \
                within \(timeout) s and was killed.
                --- stdout so far ---
                \(stdout)
                --- stderr so far ---
                \(stderr)
                """)
        }
        return (stdout, stderr, PseudoTerminal.exitCode(status: status))
    }
}

/// A fresh temporary folder used as HOME, XDG_STATE_HOME, XDG_DATA_HOME, XDG_CONFIG_HOME and
/// XDG_CACHE_HOME, so that a test never reads or writes the real home. Removed by `remove()`,
/// at the end of `with`, or when released.
final class TemporaryHome {
    let url: URL
    var home: URL { url.appendingPathComponent("home") }
    var stateHome: URL { url.appendingPathComponent("state") }
    var dataHome: URL { url.appendingPathComponent("data") }
    var configHome: URL { url.appendingPathComponent("config") }
    var cacheHome: URL { url.appendingPathComponent("cache") }

    /// `$XDG_STATE_HOME/backcoach/history`
    var historyFile: URL { stateHome.appendingPathComponent("backcoach").appendingPathComponent("history") }

    var environment: [String: String] {
        [
            "HOME": home.path,
            "XDG_STATE_HOME": stateHome.path,
            "XDG_DATA_HOME": dataHome.path,
            "XDG_CONFIG_HOME": configHome.path,
            "XDG_CACHE_HOME": cacheHome.path,
        ]
    }

    /// The settings file, `$XDG_CONFIG_HOME/backcoach/settings`.
    var settingsFile: URL { configHome.appendingPathComponent("backcoach").appendingPathComponent("settings") }

    /// Makes the folders. Unless `asksPain`, the settings turn off the pain questions around routines, so tests of
    /// countdowns and signals see the routine start at once.
    init(asksPain: Bool = false) throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory())
        url = base.appendingPathComponent("backcoach-e2e-\(UUID().uuidString)")
        for folder in [home, stateHome, dataHome, configHome, cacheHome, settingsFile.deletingLastPathComponent()] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        if !asksPain { try Data("ask-pain = no\n".utf8).write(to: settingsFile) }
    }

    /// Makes a temporary home, passes it to `body`, and removes it afterwards.
    static func with<Result>(asksPain: Bool = false, _ body: (TemporaryHome) throws -> Result) throws -> Result {
        let home = try TemporaryHome(asksPain: asksPain)
        defer { home.remove() }
        return try body(home)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    deinit {
        remove()
    }
}

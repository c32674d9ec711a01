import Foundation

/// One finished run of another program: how it ended and the CPU time it used, from the kernel's resource usage
/// of the child (`wait4`), so the benchmark's own work never counts; and, when asked, its peak memory. Linux keeps
/// the largest resident size a process had before `exec`, and a child spawned here starts as a copy of the
/// benchmark, so peak memory is read through `/usr/bin/time` (GNU time, a small parent) instead.
struct ChildRun {
    /// Why a program could not be run.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        let description: String
    }

    /// The exit status (128 + the signal when a signal ended it).
    let status: Int32
    /// User plus system CPU time, in seconds.
    let cpuSeconds: Double
    /// Peak resident memory in bytes, when it was measured.
    let maxResidentBytes: Int?

    /// GNU time, which reports a child's peak memory.
    static let time = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time" : nil

    /// Runs `arguments` (the first is the program's path) with standard input read from the file `input`, output
    /// written to the file `output` and errors to `errors`, in exactly `environment`; throws when it cannot start.
    /// With `memory`, the run goes through GNU time (when installed), whose own CPU time is then included.
    static func run(_ command: [String], input: String, output: String = "/dev/null", errors: String = "/dev/null",
                    environment: [String: String], memory: Bool = false) throws(Failure) -> ChildRun {
        let report = errors + ".memory"
        let arguments = memory ? time.map { [$0, "-f", "%M", "-o", report] + command } ?? command : command
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard started == 0 else { throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(started)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw Failure(description: "cannot wait for \(arguments[0]): \(String(cString: strerror(errno)))") }
        }
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        let signal = status & 0x7F
        let peak = memory ? (try? String(contentsOfFile: report, encoding: .utf8)).flatMap { Int($0.split(separator: "\n").last ?? "") } : nil
        return ChildRun(status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
                        cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), maxResidentBytes: peak.map { $0 * 1024 })
    }

    /// Like `run`, throwing unless the program exits 0, with the start of what it wrote on standard error.
    static func succeeding(_ arguments: [String], input: String, output: String = "/dev/null", errors: String,
                           environment: [String: String], memory: Bool = false) throws(Failure) -> ChildRun {
        let result = try run(arguments, input: input, output: output, errors: errors, environment: environment, memory: memory)
        guard result.status == 0 else {
            let said = (try? String(contentsOfFile: errors, encoding: .utf8)).map { String($0.prefix(2_000)) } ?? ""
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(result.status): \(said)")
        }
        return result
    }
}

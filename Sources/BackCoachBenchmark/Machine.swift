import Foundation

/// What the benchmark ran on: the date, `uname -srm`, the CPU model and the number of cores.
struct Machine {
    /// The day and time of the run, in UTC.
    let date: String
    /// The kernel's name, release and machine, as `uname -srm` prints them.
    let system: String
    /// The CPU model from /proc/cpuinfo, or "unknown CPU".
    let cpu: String
    /// The number of cores the process may use.
    let cores: Int

    /// The machine this process runs on, now.
    static func current() -> Machine {
        var names = utsname()
        uname(&names)
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return Machine(date: formatter.string(from: Date()) + " UTC",
                       system: [text(names.sysname), text(names.release), text(names.machine)].joined(separator: " "),
                       cpu: model ?? "unknown CPU", cores: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// A fixed-size C string field as text.
    private static func text<Field>(_ field: Field) -> String {
        withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}

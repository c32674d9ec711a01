import Foundation

/// Counts the instructions a whole run executes with `valgrind --tool=callgrind`, which repeats exactly however
/// busy the machine is. Valgrind cannot read the Swift toolchain's debug information, so programs are measured
/// through a copy made with `objcopy --strip-debug`.
struct InstructionCounter {
    private let valgrind: String
    private let objcopy: String
    private let work: WorkFolder

    /// A counter, or nil when valgrind or objcopy is not installed.
    init?(work: WorkFolder) {
        guard let valgrind = Self.find("valgrind"), let objcopy = Self.find("objcopy") else { return nil }
        self.valgrind = valgrind
        self.objcopy = objcopy
        self.work = work
    }

    /// The instructions `arguments` executes with standard input from `input`.
    func count(_ arguments: [String], input: String, environment: [String: String]) throws -> Int {
        let name = URL(fileURLWithPath: arguments[0]).lastPathComponent
        let stripped = work.file("stripped-\(name)")
        if !FileManager.default.fileExists(atPath: stripped) {
            _ = try ChildRun.succeeding([objcopy, "--strip-debug", arguments[0], stripped], input: "/dev/null",
                                        errors: work.file("objcopy.err"), environment: environment)
        }
        let report = work.file("callgrind.err")
        _ = try ChildRun.succeeding([valgrind, "--tool=callgrind", "--callgrind-out-file=" + work.file("callgrind.out"), stripped]
                                    + arguments.dropFirst(), input: input, errors: report, environment: environment)
        let said = try String(contentsOfFile: report, encoding: .utf8)
        guard let line = said.split(separator: "\n").first(where: { $0.contains("Collected :") }),
              let total = line.split(separator: " ").last.flatMap({ Int($0) }) else {
            throw ChildRun.Failure(description: "callgrind printed no instruction count: \(said.prefix(500))")
        }
        return total
    }

    /// The full path of a program on the PATH, or nil.
    static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

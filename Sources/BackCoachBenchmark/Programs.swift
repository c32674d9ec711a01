import Foundation

/// The command lines the benchmark runs as whole processes: the program measured and its two floors.
struct Programs {
    /// `backcoach` and its arguments.
    let backcoach: [String]
    /// `wc -w`.
    let wordCount: [String]
    /// This benchmark's floor mode: the Swift read-lowercase-split-print loop.
    let swiftLoop: [String]

    /// The three, in table order.
    var all: [[String]] { [backcoach, wordCount, swiftLoop] }

    /// The commands for a backcoach binary, with `arguments` added to it.
    init(backcoach binary: URL, arguments: [String] = []) {
        backcoach = [binary.path] + arguments
        wordCount = [InstructionCounter.find("wc") ?? "/usr/bin/wc", "-w"]
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        swiftLoop = [me, "floor"]
    }
}

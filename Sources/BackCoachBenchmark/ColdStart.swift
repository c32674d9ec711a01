import Foundation

/// The first answer as a whole process (`echo 'how many clam shells' | backcoach`): CPU time (median of the
/// runs), instructions and peak memory, beside `wc -w` and the Swift loop started the same way.
struct ColdStart {
    /// The programs measured: backcoach, then the floors.
    let programs: Programs
    /// The temporary folder.
    let work: WorkFolder
    /// How many runs the median is taken over.
    let runs: Int

    /// Adds the cold-start rows to `table`.
    func measure(into table: inout ReportTable) throws {
        let input = work.file("first-question.txt")
        try Data("how many clam shells\n".utf8).write(to: URL(fileURLWithPath: input))
        var cpu: [[Double]] = [[], [], []]
        for _ in 0..<runs {
            for (index, command) in programs.all.enumerated() {
                cpu[index].append(try ChildRun.succeeding(command, input: input, errors: work.file("cold.err"), environment: try work.freshEnvironment()).cpuSeconds)
            }
        }
        let times = cpu.map { Statistics.milliseconds(Statistics.median($0)) }
        table.add("first answer, whole process: CPU (user+sys, median of \(runs))", times[0], wc: times[1], loop: times[2],
                  target: "< 8 ms (3x a Swift hello)")
        if let counter = InstructionCounter(work: work) {
            let counts = try programs.all.map { try counter.count($0, input: input, environment: try work.freshEnvironment()) }
            let shown = counts.map { Statistics.format(Double($0) / 1e6, decimals: 1) + "M" }
            table.add("first answer, whole process: instructions (callgrind)", shown[0], wc: shown[1], loop: shown[2])
        } else {
            table.add("first answer, whole process: instructions (callgrind)", "valgrind not installed")
        }
        let peaks = try programs.all.map { command in
            Statistics.megabytes(try ChildRun.succeeding(command, input: input, errors: work.file("cold.err"),
                                                         environment: try work.freshEnvironment(), memory: true).maxResidentBytes)
        }
        table.add("first answer, whole process: peak memory (max RSS)", peaks[0], wc: peaks[1], loop: peaks[2], target: "< 15 MB")
    }
}

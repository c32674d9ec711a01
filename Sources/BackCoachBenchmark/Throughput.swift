import Foundation

/// Answers per CPU second on long piped inputs, as whole processes: held-out-style questions plain and with
/// `--json`, and the same count of lines mixed with routines and history questions, beside the floors on the
/// same files.
struct Throughput {
    /// The backcoach binary.
    let backcoach: URL
    /// The lines to answer.
    let workload: Workload
    /// The temporary folder.
    let work: WorkFolder
    /// Lines in each input.
    let lines: Int

    /// Adds the throughput rows to `table`.
    func measure(into table: inout ReportTable) throws {
        let questions = work.file("questions.txt"), mixed = work.file("mixed.txt")
        try Workload.save(workload.questionLines(lines), to: URL(fileURLWithPath: questions))
        try Workload.save(workload.mixedLines(lines), to: URL(fileURLWithPath: mixed))
        let plain = Programs(backcoach: backcoach), json = Programs(backcoach: backcoach, arguments: ["--json"])
        let count = Statistics.format(Double(lines))

        let plainRuns = try plain.all.map { try run($0, input: questions, memory: true) }
        let rates = plainRuns.map { Statistics.rate(lines, seconds: $0.cpuSeconds, unit: "lines") }
        table.add("\(count) questions piped, plain: answers per CPU second", rates[0].replacingOccurrences(of: "lines", with: "questions"),
                  wc: rates[1], loop: rates[2], target: "≥ 100,000 questions/s (within 10x the Swift loop)")

        let objects = work.file("questions.jsonl")
        let jsonRun = try run(json.backcoach, input: questions, output: objects)
        let printed = try Data(contentsOf: URL(fileURLWithPath: objects)).reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        guard printed == lines else { throw ChildRun.Failure(description: "--json printed \(printed) objects for \(lines) lines") }
        table.add("\(count) questions piped, `--json`: answers per CPU second", Statistics.rate(lines, seconds: jsonRun.cpuSeconds, unit: "questions"),
                  wc: rates[1], loop: rates[2], target: "≥ 80,000 questions/s")

        let mixedRuns = try plain.all.map { try run($0, input: mixed) }
        let ratios = zip(mixedRuns, plainRuns).map { Statistics.format($0.cpuSeconds / $1.cpuSeconds, decimals: 2) + "x" }
        table.add("\(count) mixed lines (routines, history questions): CPU ÷ the same count of questions",
                  ratios[0] + " (" + Statistics.rate(lines, seconds: mixedRuns[0].cpuSeconds, unit: "lines") + ")",
                  wc: ratios[1], loop: ratios[2], target: "≤ 1.2x")

        let peaks = plainRuns.map { Statistics.megabytes($0.maxResidentBytes) }
        table.add("\(count) questions piped: peak memory (max RSS)", peaks[0], wc: peaks[1], loop: peaks[2], target: "< 15 MB")
    }

    private func run(_ command: [String], input: String, output: String = "/dev/null", memory: Bool = false) throws -> ChildRun {
        try ChildRun.succeeding(command, input: input, output: output, errors: work.file("throughput.err"),
                                environment: try work.freshEnvironment(), memory: memory)
    }
}

import BackCoachCore
import Foundation

/// Measures backcoach in a release build and prints a markdown table: the first answer as a whole process, piped
/// throughput plain and with `--json`, long mixed scripts, per-line latency by stage, load time and per-line cost
/// as the intent set grows, and peak memory; each figure beside `wc -w` and a Swift read-lowercase-split-print
/// loop run in the same way on the same input, and beside the targets of issue 12. Run it with `make benchmark`.
BenchmarkCommand.main()

/// Measures everything and prints the table.
func report(_ options: BenchmarkOptions, work: WorkFolder) throws {
    let machine = Machine.current()
    let matcher = try IntentMatcher(intents: EmbeddedIntents.load())
    let workload = try Workload(evaluationFolder: options.rootURL.appending(path: "Tests/BackCoachCoreTests/Evaluation"), matcher: matcher)
    var table = ReportTable()
    try ColdStart(programs: Programs(backcoach: options.backcoachURL), work: work, runs: options.runs).measure(into: &table)
    try Throughput(backcoach: options.backcoachURL, workload: workload, work: work, lines: options.lines).measure(into: &table)
    StageLatency(matcher: matcher, lines: workload.questions, rounds: 3).measure(into: &table)
    try IntentGrowth(source: options.rootURL.appending(path: "Intents"), backcoach: options.backcoachURL,
                     sample: Array(workload.questions.prefix(300)), work: work, runs: options.runs).measure(into: &table)
    print("""
        ### Benchmark, \(machine.date)

        Machine: `\(machine.system)`, \(machine.cpu), \(machine.cores) cores. Binary: `\(options.backcoachURL.path)`. \
        Questions: \(Statistics.format(Double(workload.questions.count))) held-out lines that leave the coach ready for \
        the next question, repeated. CPU times are the child's user + system time (rusage); peak memory through GNU time.

        """)
    print(table.markdown)
}

import BackCoachCore
import Foundation

/// Load time and per-line cost as the intent set grows: the embedded set, the real `Intents/` folder and
/// synthetic folders 50 and 200 times its size, loaded in-process and by the whole program with `--intents`;
/// the floors read the same YAML text.
struct IntentGrowth {
    /// The package's `Intents/` folder.
    let source: URL
    /// The backcoach binary.
    let backcoach: URL
    /// Lines answered to measure the per-line cost.
    let sample: [String]
    /// The temporary folder.
    let work: WorkFolder
    /// Runs of the short measurements.
    let runs: Int

    /// Adds the growth rows to `table`.
    func measure(into table: inout ReportTable) throws {
        let embedded = (0..<runs).map { _ in StageLatency.time { _ = try? IntentMatcher(intents: EmbeddedIntents.load()) } }
        let realFloors = try floors(of: source)
        table.add("load the embedded set in-process (IntentSet + IntentMatcher), median of \(runs)",
                  Statistics.milliseconds(Statistics.median(embedded)), wc: realFloors.wc, loop: realFloors.loop, target: "< 2 ms")
        let baseline = perLine(try IntentMatcher(intents: EmbeddedIntents.load()))
        table.add("per line, embedded set: respond, median over \(sample.count) questions", Statistics.microseconds(baseline))

        for factor in [1, 50, 200] {
            let folder = factor == 1 ? source : work.url.appending(path: "intents-\(factor)x")
            let size = factor == 1 ? "real folder" : "\(factor)x"
            if factor > 1 { try SyntheticIntents(source: source, factor: factor).write(to: folder) }
            var set: IntentSet?
            let loads = (0..<max(1, runs / factor)).map { _ in
                StageLatency.time { set = try? IntentSet(folder: folder) }
            }
            guard let set else { throw ChildRun.Failure(description: "the \(size) intent set does not load") }
            let matcher = IntentMatcher(intents: set)
            let setFloors = try floors(of: folder)
            table.add("load \(size) (\(Statistics.format(Double(set.intents.count))) intents) in-process: IntentSet(folder:), median",
                      Statistics.milliseconds(Statistics.median(loads)), wc: setFloors.wc, loop: setFloors.loop)
            let process = try ChildRun.succeeding([backcoach.path, "--intents", folder.path], input: work.file("first-question.txt"),
                                                  errors: work.file("growth.err"), environment: try work.freshEnvironment(), memory: true)
            table.add("`--intents` \(size): first answer, whole process CPU (with GNU time) / peak memory",
                      Statistics.milliseconds(process.cpuSeconds) + " / " + Statistics.megabytes(process.maxResidentBytes),
                      wc: setFloors.wc, loop: setFloors.loop, target: factor == 200 ? "load < 1 s" : "—")
            let cost = perLine(matcher)
            table.add("per line, \(size): respond, median (÷ embedded)",
                      Statistics.microseconds(cost) + " (" + Statistics.format(cost / baseline, decimals: 1) + "x)",
                      target: factor == 200 ? "≤ 2x the real set" : "—")
        }
    }

    /// The median time to answer one sample line in a conversation.
    private func perLine(_ matcher: IntentMatcher) -> Double {
        let coach = Coach(matcher: matcher, clock: VirtualClock(), pace: .instant, log: nil)
        return Statistics.median(sample.map { line in StageLatency.time { _ = coach.respond(to: line) } })
    }

    /// The CPU time of `wc -w` and of the Swift loop over every YAML file of `folder`, concatenated.
    private func floors(of folder: URL) throws -> (wc: String, loop: String) {
        let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
        let text = work.file("yaml-\(folder.lastPathComponent).txt")
        try Data(files.map { try Data(contentsOf: $0) }.joined()).write(to: URL(fileURLWithPath: text))
        let programs = Programs(backcoach: backcoach)
        let times = try [programs.wordCount, programs.swiftLoop].map { command in
            try ChildRun.succeeding(command, input: text, errors: work.file("floor.err"), environment: try work.freshEnvironment()).cpuSeconds
        }
        return (Statistics.milliseconds(times[0]), Statistics.milliseconds(times[1]))
    }
}

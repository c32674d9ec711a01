import BackCoachCore
import Foundation

/// Per-line latency inside one process, median and p99 over the held-out questions, split by stage: analysing
/// the line, matching it (which analyses it again), answering it in a conversation (which matches it), and
/// encoding the reply as a JSON line; beside the Swift loop's cost for the same lines.
struct StageLatency {
    /// The matcher over the embedded intents.
    let matcher: IntentMatcher
    /// The lines.
    let lines: [String]
    /// How many times the lines are run.
    let rounds: Int

    /// Adds the per-stage rows to `table`.
    func measure(into table: inout ReportTable) {
        var analyse: [Double] = [], match: [Double] = [], respond: [Double] = [], encode: [Double] = [], floor: [Double] = []
        let coach = Coach(matcher: matcher, clock: VirtualClock(), pace: .instant, log: nil)
        var writer = JSONWriter()
        var output: [UInt8] = []
        for _ in 0..<rounds {
            for line in lines {
                let start = Self.now()
                _ = matcher.analyzer.analyze(line)
                let analysed = Self.now()
                _ = matcher.match(line)
                let matched = Self.now()
                let reply = coach.respond(to: line)
                let answered = Self.now()
                writer.removeAll()
                ReplyJSON.write(reply, explain: false, to: &writer)
                writer.newline()
                let encoded = Self.now()
                output.removeAll(keepingCapacity: true)
                FloorLoop.process(line, into: &output)
                let floored = Self.now()
                analyse.append(analysed - start)
                match.append(matched - analysed)
                respond.append(answered - matched)
                encode.append(encoded - answered)
                floor.append(floored - encoded)
            }
        }
        let loop = Self.describe(floor)
        table.add("per line, analyse (tokens, typos, entities): median / p99", Self.describe(analyse), loop: loop)
        table.add("per line, match (analyse + score intents): median / p99", Self.describe(match), loop: loop)
        table.add("per line, respond (match + answer, in a conversation): median / p99", Self.describe(respond), loop: loop)
        table.add("per line, output encoding (JSON line): median / p99", Self.describe(encode), loop: loop)

        let long = String(repeating: "how many clam shells should I do each side ", count: 45)
        let longLine = (0..<rounds * 10).map { _ in Self.time { _ = matcher.match(long) } }
        table.add("match a \(long.count)-character line: median", Statistics.microseconds(Statistics.median(longLine)))
        let routine = (0..<rounds * 5).map { _ in
            Self.time {
                let coach = Coach(matcher: matcher, clock: VirtualClock(), pace: .instant, log: nil)
                var reply = coach.startRoutine(RoutineRequest(level: .advanced))
                while reply.routine != nil { reply = coach.respond(to: "done") }
            }
        }
        table.add("build and run a full instant advanced routine: median", Statistics.microseconds(Statistics.median(routine)))
    }

    /// Seconds taken by `body`.
    static func time(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }

    /// A monotonic time in seconds.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func describe(_ samples: [Double]) -> String {
        Statistics.microseconds(Statistics.median(samples)) + " / " + Statistics.microseconds(Statistics.quantile(samples, 0.99))
    }
}

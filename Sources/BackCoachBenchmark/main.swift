import BackCoachCore
import Foundation

/// Measures the coach's hot paths in a release build: loading the embedded intents, and answering lines.
/// Run with `swift run -c release backcoach-benchmark [ROUNDS]`.
let rounds = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20
let clock = ContinuousClock()

/// Runs `body` `count` times and returns each duration in microseconds, sorted.
func measure(_ count: Int, _ body: () -> Void) -> [Double] {
    (0..<count).map { _ in
        let duration = clock.measure(body)
        return Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
    }.sorted()
}

/// "median 1.2 µs, p95 …" for sorted samples.
func describe(_ samples: [Double], unit: String = "µs") -> String {
    func at(_ fraction: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * fraction))] }
    return String(format: "median %.1f %@, p95 %.1f %@, max %.1f %@ (n=%d)", at(0.5), unit, at(0.95), unit, samples.last ?? 0, unit, samples.count)
}

var intents: IntentSet?
let loading = measure(rounds) { intents = try? IntentSet.embedded() }
guard let intents else { fatalError("embedded intents do not load") }
print("load embedded intents + vocabularies:", describe(loading))

let lines = intents.intents.flatMap(\.examples) + intents.outOfScope.map(\.text)
let matcher = IntentMatcher(intents: intents)
let analysing = measure(rounds) { for line in lines { _ = matcher.analyzer.analyze(line) } }.map { $0 / Double(lines.count) }
print("analyse one line (tokens, typos, negation, entities):", describe(analysing))
let matching = measure(rounds) { for line in lines { _ = matcher.match(line) } }.map { $0 / Double(lines.count) }
print("match one line (\(lines.count) example lines):", describe(matching))

let answering = measure(rounds) {
    let coach = Coach(matcher: matcher, clock: VirtualClock(), pace: .instant, log: nil)
    for line in lines { _ = coach.respond(to: line) }
}.map { $0 / Double(lines.count) }
print("answer one line in a conversation:", describe(answering))

let long = String(repeating: "how many clam shells should I do each side ", count: 45)
print("match a \(TextNormalizer.maximumLineLength)-character line:", describe(measure(rounds) { _ = matcher.match(long) }))

let routine = measure(rounds) {
    let coach = Coach(matcher: matcher, clock: VirtualClock(), pace: .instant, log: nil)
    var reply = coach.startRoutine(RoutineRequest(level: .advanced))
    while reply.routine != nil { reply = coach.respond(to: "done") }
}
print("build and run a full instant routine:", describe(routine))

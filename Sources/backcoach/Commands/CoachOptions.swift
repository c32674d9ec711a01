import ArgumentParser
import BackCoachCore
import Foundation

/// Options every conversational command shares: intents, output format, colour, pace, explanations.
struct CoachOptions: ParsableArguments {
    @Flag(name: .long, help: "Print one JSON object per answer (JSON Lines).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("When to colour urgent answers and offers; auto: in a terminal, unless NO_COLOR is set or TERM=dumb.", valueName: "when"))
    var color: ColorChoice = .auto

    @Option(name: .long, help: ArgumentHelp("Timed steps in real time or at once (default: real in a terminal, instant otherwise).", valueName: "pace"))
    var pace: Pace?

    @Flag(name: .long, help: "Show how each line was matched: keywords, entities, scores.")
    var explain = false

    @Flag(name: .long, help: "No terminal bell when a timed hold ends (there is none when output is not a terminal).")
    var noBell = false

    @Option(name: .long, help: ArgumentHelp("Load intents from this folder instead of the built-in ones.", valueName: "dir"), completion: .directory)
    var intents: String?

    /// The options as plain values, which the commands run with.
    var run: CoachRun {
        CoachRun(json: json, color: color, pace: pace, explain: explain, noBell: noBell, intents: intents)
    }
}

extension Pace: ExpressibleByArgument {}
extension RoutineLevel: ExpressibleByArgument {}

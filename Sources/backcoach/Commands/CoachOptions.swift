import ArgumentParser
import BackCoachCore
import Foundation

/// Options every conversational command shares: intents, output format, pace, explanations.
struct CoachOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load intents from this folder instead of the built-in ones.", valueName: "dir"))
    var intents: String?

    @Flag(name: .long, help: "Print one JSON object per answer (JSON Lines).")
    var json = false

    @Flag(name: .long, help: "No terminal bell when a timed hold ends (there is none when output is not a terminal).")
    var noBell = false

    @Flag(name: .long, help: "Show how each line was matched: keywords, entities, scores.")
    var explain = false

    @Option(name: .long, help: ArgumentHelp("Timed steps in real time or at once (default: real in a terminal, instant otherwise).", valueName: "real|instant"))
    var pace: Pace?

    /// Loads the intent set, or exits non-zero naming the file and line of the first problem.
    func loadIntents() throws -> IntentSet {
        do {
            if let intents { return try IntentSet(folder: URL(fileURLWithPath: intents)) }
            return try IntentSet.embedded()
        } catch {
            throw ValidationError(Messages.intentsRefused(TextNormalizer.sanitized(error.description, limit: 2_000)))
        }
    }

    /// Makes the coach for this run.
    func makeCoach(interactive: Bool) throws -> Coach {
        let intents = try loadIntents()
        let pace = pace ?? (interactive ? .real : .instant)
        let log = SessionLog.defaultLocation(environment: ProcessInfo.processInfo.environment)
        do { _ = try log.load() } catch { Output.error.write("backcoach: warning: " + TextNormalizer.sanitized(error.description) + "\n") }
        return Coach(intents: intents, clock: SessionClock.shared, pace: pace, log: log)
    }
}

extension Pace: ExpressibleByArgument {}
extension RoutineLevel: ExpressibleByArgument {}

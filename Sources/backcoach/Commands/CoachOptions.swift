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

    /// The intent set this run loaded, and the folder it came from (nil: the built-in one).
    nonisolated(unsafe) private static var loaded: (folder: String?, set: IntentSet)?

    /// Whether this run talks with a person at a terminal: standard input and output are terminals, and no --json.
    var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && !json }

    /// Whether standard output gets colour.
    var colour: Bool { color.isEnabled() }

    /// The printer for a run that is not interactive: wrapped when standard output is a terminal.
    func printer(showsOffer: Bool = true) -> ReplyPrinter {
        ReplyPrinter(json: json, explain: explain, colour: colour && !json, wraps: isatty(STDOUT_FILENO) == 1 && !json, showsOffer: showsOffer)
    }

    /// The interactive session over a coach.
    func interactiveSession(_ coach: Coach) -> InteractiveSession {
        InteractiveSession(coach: coach, explain: explain, bell: !noBell, colour: colour)
    }

    /// Loads the intent set once per run (`routine` reads it to check --focus before the coach starts), or exits
    /// non-zero naming the file and line of the first problem.
    func loadIntents() throws -> IntentSet {
        if let loaded = Self.loaded, loaded.folder == intents { return loaded.set }
        do {
            let set = try intents.map { try IntentSet(folder: URL(fileURLWithPath: $0)) } ?? EmbeddedIntents.load()
            Self.loaded = (intents, set)
            return set
        } catch {
            throw ValidationError(Messages.intentsRefused(TextNormalizer.sanitized(String(describing: error), limit: 2_000)))
        }
    }

    /// Makes the coach for this run.
    func makeCoach(interactive: Bool) throws -> Coach {
        let intents = try loadIntents()
        let pace = pace ?? (interactive ? .real : .instant)
        var log = XDGFolder.sessionLog(environment: ProcessInfo.processInfo.environment)
        log.syncsEachRecord = interactive
        do { _ = try log.load() } catch { Output.error.write("backcoach: warning: " + TextNormalizer.sanitized(error.description) + "\n") }
        let settings = Self.loadSettings()
        let coach = Coach(intents: intents, clock: SessionClock.shared, pace: pace, log: log)
        coach.use(settings, file: XDGFolder.settingsFile(environment: ProcessInfo.processInfo.environment))
        coach.asksPain = interactive && settings.asksPain
        return coach
    }

    /// The settings file's settings; invalid lines are ignored, with one warning on standard error.
    static func loadSettings() -> CoachSettings {
        let (settings, warning) = XDGFolder.settingsFile(environment: ProcessInfo.processInfo.environment).load()
        if let warning { Output.error.write("backcoach: warning: " + TextNormalizer.sanitized(warning) + "\n") }
        return settings
    }
}

extension Pace: ExpressibleByArgument {}
extension RoutineLevel: ExpressibleByArgument {}

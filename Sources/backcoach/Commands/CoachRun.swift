import ArgumentParser
import BackCoachCore
import Foundation

/// How a conversational command runs, as its options set it: plain values, so the default command can start
/// without parsing (`backcoach` and `backcoach --json`, as scripts run it) and every command shares one way to
/// load the intents and make the coach.
struct CoachRun {
    /// One JSON object per answer.
    var json = false
    /// When to colour urgent answers and offers.
    var color: ColorChoice = .auto
    /// Timed steps in real time or at once; nil: real in a terminal, instant otherwise.
    var pace: Pace?
    /// Show how each line was matched.
    var explain = false
    /// No terminal bell when a timed hold ends.
    var noBell = false
    /// The folder to load intents from instead of the built-in ones.
    var intents: String?

    /// The intent set this run loaded, and the folder it came from (nil: the built-in one).
    nonisolated(unsafe) private static var loaded: (folder: String?, set: IntentSet)?
    /// The coach this run made, kept until the process exits: freeing its indexes piece by piece costs more than
    /// answering a question, and the exit frees them at once.
    nonisolated(unsafe) private static var made: Coach?

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
        Self.made = coach
        return coach
    }

    /// The settings file's settings; invalid lines are ignored, with one warning on standard error.
    static func loadSettings() -> CoachSettings {
        let (settings, warning) = XDGFolder.settingsFile(environment: ProcessInfo.processInfo.environment).load()
        if let warning { Output.error.write("backcoach: warning: " + TextNormalizer.sanitized(warning) + "\n") }
        return settings
    }
}

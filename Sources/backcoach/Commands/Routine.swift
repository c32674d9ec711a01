import ArgumentParser
import BackCoachCore
import Foundation

/// Starts a guided routine directly.
struct Routine: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a guided routine.",
        discussion: """
            Strength first, then the hamstring stretch, and the reclining twist to cool down. In a terminal timed \
            holds count down in place: p pause, s skip, b back, r repeat, q stop, or type a sentence and press Enter.

            Examples:
              backcoach routine
              backcoach routine --level intermediate --minutes 10
              backcoach routine --focus "lower back"
              backcoach routine --focus clam-shell --focus wall-sit
              backcoach routine --json < answers.txt
            """
    )

    @OptionGroup var options: CoachOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An exercise or a body part, condition or goal, as you would say it in the chat (\"wall sits\", \"lower back\", hips, sciatica); repeat for several.",
            valueName: "focus"),
        completion: .custom { _, _, _ in FocusResolver.completionIDs() })
    var focus: [String] = []

    @Option(name: .long, help: "The level of the doses, inside the article's ranges.")
    var level: RoutineLevel = .beginner

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Fit the routine into this many minutes (1 to 240).", valueName: "n"))
    var minutes: Int?

    func validate() throws {
        if let minutes, !(1...240).contains(minutes) {
            throw ValidationError("--minutes must be from 1 to 240 (whole minutes), not \(minutes).")
        }
        guard !focus.isEmpty else { return }
        _ = try focusIDs(intents: options.run.loadIntents())
    }

    /// The exercise and target ids the --focus options name, in the order given.
    private func focusIDs(intents: IntentSet) throws -> [String] {
        let resolver = FocusResolver(intents: intents, knowledge: .article)
        return try focus.map { text in
            guard let id = resolver.resolve(text) else {
                throw ValidationError("--focus \"\(TextNormalizer.sanitized(text))\" is not an exercise or a target I know. Try one of: \(resolver.ids.joined(separator: ", ")).")
            }
            return id
        }
    }

    func run() throws {
        let options = self.options.run
        let interactive = options.isInteractive
        let coach = try options.makeCoach(interactive: interactive)
        let start = coach.startRoutine(RoutineRequest(focuses: try focusIDs(intents: coach.matcher.intents), level: level, minutes: minutes))
        let started = start.routine != nil || coach.awaitsPainRating || start.text.contains(Messages.summaryHeading)
        if interactive {
            let session = options.interactiveSession(coach)
            session.show(start)
            if started { session.run(banner: false, untilRoutineEnds: true) }
        } else {
            let session = ScriptSession(coach: coach, printer: options.printer())
            session.show(start)
            if started { session.run() }
        }
        if !started { throw ExitCode.failure }
    }
}

import ArgumentParser
import BackCoachCore
import Foundation

/// Prints the settings and where they live.
struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show your settings: exercises left out of routines, whether pain is asked around routines.",
        discussion: """
            Kept in $XDG_CONFIG_HOME/backcoach/settings (default ~/.config/backcoach/settings), a text file of \
            `name = value` lines you may edit: `ask-pain = yes|no`, `exclude = partial-crunch, reclining-twist`. \
            The chat changes them too: "I can't do crunches", "put crunches back". Invalid lines are ignored \
            with one warning.

            Examples:
              backcoach settings
            """
    )

    func run() throws {
        let file = XDGFolder.settingsFile(environment: ProcessInfo.processInfo.environment)
        let coach = Coach(intents: try EmbeddedIntents.load(), clock: SessionClock.shared, pace: .instant, log: nil)
        coach.use(CoachRun.loadSettings(), file: file)
        Output.standard.write(coach.settingsSummary + "\n")
    }
}

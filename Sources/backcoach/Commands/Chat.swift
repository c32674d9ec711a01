import ArgumentParser
import BackCoachCore
import Foundation

/// The default command: an interactive session in a terminal, or line-by-line answers for scripts.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chat with the coach (the default).",
        discussion: """
            In a terminal: a prompt with history (up, down, Ctrl-R) and Tab completion; Ctrl-D or "quit" ends. \
            With piped input: each line answered in order, no prompt or colour.

            Examples:
              backcoach
              printf 'how many clam shells?\\nstart a routine\\nyes\\n' | backcoach --json
            """
    )

    @OptionGroup var options: CoachOptions

    func run() throws {
        try Self.start(options.run)
    }

    /// Talks with a person at a terminal, or answers each line of standard input.
    static func start(_ run: CoachRun) throws {
        let interactive = run.isInteractive
        let coach = try run.makeCoach(interactive: interactive)
        if interactive {
            run.interactiveSession(coach).run(banner: true)
        } else {
            ScriptSession(coach: coach, printer: run.printer()).run()
        }
    }
}

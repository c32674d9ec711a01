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
        let interactive = options.isInteractive
        let coach = try options.makeCoach(interactive: interactive)
        if interactive {
            options.interactiveSession(coach).run(banner: true)
        } else {
            ScriptSession(coach: coach, printer: options.printer()).run()
        }
    }
}

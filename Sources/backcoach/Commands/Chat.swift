import ArgumentParser
import BackCoachCore
import Foundation

/// The default command: an interactive session in a terminal, or line-by-line answers for scripts.
struct Chat: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Chat with the coach (the default).")

    @OptionGroup var options: CoachOptions

    func run() throws {
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && !options.json
        let coach = try options.makeCoach(interactive: interactive)
        if interactive {
            InteractiveSession(coach: coach, explain: options.explain, bell: !options.noBell).run(banner: true)
        } else {
            let printer = ReplyPrinter(json: options.json, explain: options.explain, style: .plain)
            ScriptSession(coach: coach, printer: printer).run()
        }
    }
}

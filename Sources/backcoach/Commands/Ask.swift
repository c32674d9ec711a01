import ArgumentParser
import BackCoachCore
import Foundation

/// Answers one question and exits.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Answer one question and exit.",
        discussion: """
            The answer is wrapped to the terminal's width; no yes/no offer is made, since nobody is left to answer it \
            (say "start a routine" in the chat, or use `backcoach routine`).

            Examples:
              backcoach ask "how many clam shells"
              backcoach ask which stretch helps tight hamstrings
              backcoach ask --json "how long do I hold a wall sit"
            """
    )

    @OptionGroup var options: CoachOptions

    @Argument(help: ArgumentHelp("The question, in plain English (quoted or not).", valueName: "question"))
    var question: [String]

    func run() throws {
        let options = self.options.run
        let coach = try options.makeCoach(interactive: false)
        let printer = options.printer(showsOffer: false)
        printer.print(coach.respond(to: question.joined(separator: " ")))
        if let summary = coach.endOfInput(), !options.json { printer.print(summary) }
    }
}

import ArgumentParser
import BackCoachCore
import Foundation

/// Answers one question and exits.
struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer one question and exit.")

    @OptionGroup var options: CoachOptions

    @Argument(help: "The question, in plain English.")
    var question: [String]

    func run() throws {
        let coach = try options.makeCoach(interactive: false)
        let printer = ReplyPrinter(json: options.json, explain: options.explain, style: .plain)
        printer.print(coach.respond(to: question.joined(separator: " ")))
        if let summary = coach.endOfInput(), !options.json { printer.print(summary) }
    }
}

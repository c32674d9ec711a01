import ArgumentParser
import BackCoachCore
import Foundation

/// Starts a guided routine directly.
struct Routine: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start a guided routine.")

    @OptionGroup var options: CoachOptions

    @Option(help: ArgumentHelp("A target (hips, hamstrings, sciatica, core, glutes, spine, mobility, cool-down, …) or an exercise id.", valueName: "target"))
    var focus: String?

    @Option(help: "beginner, intermediate or advanced (default: beginner).")
    var level: RoutineLevel?

    @Option(help: ArgumentHelp("Fit the routine into this many minutes.", valueName: "n"))
    var minutes: Int?

    func validate() throws {
        if let minutes, !(1...240).contains(minutes) { throw ValidationError("--minutes must be from 1 to 240.") }
    }

    func run() throws {
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && !options.json
        let coach = try options.makeCoach(interactive: interactive)
        let request = RoutineRequest(focus: focus, level: level, minutes: minutes)
        let start = coach.startRoutine(request)
        let started = start.routine != nil || start.text.contains(Messages.summaryHeading)
        if interactive {
            let session = InteractiveSession(coach: coach, explain: options.explain, bell: !options.noBell)
            session.show(start)
            if started { session.run(banner: false, untilRoutineEnds: true) }
        } else {
            let printer = ReplyPrinter(json: options.json, explain: options.explain, style: .plain)
            let session = ScriptSession(coach: coach, printer: printer)
            session.show(start)
            if started { session.run() }
        }
        if !started { throw ExitCode.failure }
    }
}

import ArgumentParser
import Foundation

signal(SIGPIPE, SIG_IGN)
signal(SIGXFSZ, SIG_IGN)
do {
    // The default command with no options or only --json, as scripts run it, needs no parsing: reading the
    // option declarations costs more than answering the first question. Anything else, help and errors included,
    // goes through swift-argument-parser.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.isEmpty || arguments == ["--json"] {
        try Chat.start(CoachRun(json: !arguments.isEmpty))
    } else {
        var command = try BackCoach.parseAsRoot()
        try command.run()
    }
    ExitStatus.exit(0)
} catch {
    Output.standard.flush()
    if ExitStatus.ioFailure != nil { ExitStatus.exit(BackCoach.exitCode(for: error).rawValue) }
    BackCoach.exit(withError: error)
}

import ArgumentParser
import Foundation

signal(SIGPIPE, SIG_IGN)
signal(SIGXFSZ, SIG_IGN)
do {
    // The default command with no options or only --json, as scripts run it, is parsed on its own: building the
    // whole command tree costs more than answering the first question. Anything else goes through the root.
    let arguments = Array(CommandLine.arguments.dropFirst())
    var command: ParsableCommand = arguments.isEmpty || arguments == ["--json"] ? try Chat.parse(arguments) : try BackCoach.parseAsRoot()
    try command.run()
    ExitStatus.exit(0)
} catch {
    Output.standard.flush()
    if ExitStatus.ioFailure != nil { ExitStatus.exit(BackCoach.exitCode(for: error).rawValue) }
    BackCoach.exit(withError: error)
}

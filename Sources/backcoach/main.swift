import Foundation

signal(SIGPIPE, SIG_IGN)
signal(SIGXFSZ, SIG_IGN)
do {
    var command = try BackCoach.parseAsRoot()
    try command.run()
    ExitStatus.exit(0)
} catch {
    Output.standard.flush()
    if ExitStatus.ioFailure != nil { ExitStatus.exit(BackCoach.exitCode(for: error).rawValue) }
    BackCoach.exit(withError: error)
}

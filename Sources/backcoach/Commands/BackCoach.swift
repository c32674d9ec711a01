import ArgumentParser

/// The `backcoach` command: chat by default, or one of the subcommands.
struct BackCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backcoach",
        abstract: "A terminal coach for chronic back pain: exercise answers and guided routines from one article.",
        discussion: """
            With a terminal, starts an interactive session. With piped input, answers each line in order \
            (use --json for one JSON object per line).
            """,
        subcommands: [Chat.self, Ask.self, Routine.self, Log.self, Intents.self],
        defaultSubcommand: Chat.self
    )
}

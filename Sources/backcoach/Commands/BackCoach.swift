import ArgumentParser

/// The `backcoach` command: chat by default, or one of the subcommands.
struct BackCoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backcoach",
        abstract: "A terminal coach for chronic back pain: exercise answers and guided routines from one article.",
        usage: """
            backcoach [--json] [--color <when>] [--pace <pace>] [--explain] [--no-bell] [--intents <dir>]
            backcoach <subcommand> [<options>]
            """,
        discussion: """
            With a terminal, starts an interactive session. With piped input, answers each line in order \
            (--json prints one JSON object per line). Exercise information from one article, not diagnosis or \
            treatment: red-flag symptoms (bladder or bowel problems, numbness in the saddle area, fever, a fall) \
            are sent to a doctor.

            Examples:
              backcoach                                  # chat in the terminal
              backcoach ask "how many clam shells"       # one answer
              backcoach routine --focus "lower back"     # a guided routine
              backcoach log                              # past routines
              backcoach progress                         # weeks, streak, pain
              echo "which stretch helps sciatica" | backcoach --json
            """,
        version: Version.current,
        subcommands: [Chat.self, Ask.self, Routine.self, Log.self, Progress.self, Report.self, Settings.self, Intents.self],
        defaultSubcommand: Chat.self
    )
}

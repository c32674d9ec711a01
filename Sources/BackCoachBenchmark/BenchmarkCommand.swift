import ArgumentParser
import BackCoachCore
import Foundation

/// `backcoach-benchmark`: the report by default; `floor` and `intents` are the helpers it runs as child processes.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backcoach-benchmark",
        abstract: "Measure backcoach in a release build and print a markdown table with floors and targets.",
        subcommands: [Report.self, Floor.self, SyntheticIntentFolder.self],
        defaultSubcommand: Report.self
    )

    /// Measures everything and prints the table.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure everything and print the table (the default).")

        @OptionGroup var options: BenchmarkOptions

        func run() throws {
            let work = try WorkFolder()
            defer { work.remove() }
            try report(options, work: work)
        }
    }

    /// The read-lowercase-split-print loop over standard input: the Swift floor.
    struct Floor: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Read, lower-case, split and print standard input (the Swift floor).")

        func run() {
            FloorLoop.run()
        }
    }

    /// Writes a synthetic intent folder a factor times the real one.
    struct SyntheticIntentFolder: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "intents", abstract: "Write a synthetic intent folder FACTOR times the real one.")

        @Argument(help: "How many times the real intent set.")
        var factor: Int

        @Argument(help: "The folder to write.")
        var folder: String

        @Option(help: ArgumentHelp("The package root whose Intents/ is copied (default: here).", valueName: "path"))
        var root: String?

        func run() throws {
            let source = URL(fileURLWithPath: root ?? FileManager.default.currentDirectoryPath).appending(path: "Intents")
            let count = try SyntheticIntents(source: source, factor: factor).write(to: URL(fileURLWithPath: folder))
            print("wrote \(count) intents to \(folder)")
        }
    }
}

import ArgumentParser
import Foundation

/// The options of the benchmark report: which binary to measure, where the package is, how much to run.
struct BenchmarkOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The release backcoach binary measured (default: .build/release/backcoach).", valueName: "path"))
    var backcoach: String?

    @Option(help: ArgumentHelp("The package root: Intents/ and the evaluation sets are read from it (default: here).", valueName: "path"))
    var root: String?

    @Option(help: "Lines in each throughput input.")
    var lines = 100_000

    @Option(help: "Runs of each short measurement (cold start, load); the median is shown.")
    var runs = 20

    /// The package root as a standardised URL.
    var rootURL: URL {
        URL(fileURLWithPath: root ?? FileManager.default.currentDirectoryPath).standardizedFileURL
    }

    /// The measured binary as a standardised URL.
    var backcoachURL: URL {
        backcoach.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? rootURL.appending(path: ".build/release/backcoach")
    }

    func validate() throws {
        guard lines > 0, runs > 0 else { throw ValidationError("--lines and --runs need a positive whole number") }
    }
}

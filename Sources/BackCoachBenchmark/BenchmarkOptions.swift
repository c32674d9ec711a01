import Foundation

/// What `backcoach-benchmark` was asked to do, from its arguments:
///   backcoach-benchmark [--backcoach PATH] [--root PATH] [--lines N] [--runs N]   the report (a markdown table)
///   backcoach-benchmark floor                       the read-lowercase-split-print loop over standard input
///   backcoach-benchmark intents FACTOR FOLDER       writes a synthetic intent folder FACTOR times the real one
struct BenchmarkOptions {
    /// What to run.
    enum Mode {
        /// Measure everything and print the table.
        case report
        /// Run the floor loop.
        case floor
        /// Write a synthetic intent folder.
        case intents(factor: Int, folder: URL)
    }

    /// Why the arguments were refused.
    struct UsageError: Error, CustomStringConvertible {
        /// What was wrong.
        let description: String
    }

    /// What to run.
    var mode = Mode.report
    /// The release `backcoach` binary measured.
    var backcoach: URL
    /// The package root: `Intents/` and the evaluation sets are read from it.
    var root: URL
    /// Lines in each throughput input.
    var lines = 100_000
    /// Runs of each short measurement (cold start, load); the median is shown.
    var runs = 20

    /// Reads the arguments after the program's name.
    init(_ arguments: [String]) throws(UsageError) {
        root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        backcoach = root.appending(path: ".build/release/backcoach")
        var rest = arguments[...]
        func value(_ name: String) throws(UsageError) -> String {
            guard let value = rest.popFirst() else { throw UsageError(description: "\(name) needs a value") }
            return value
        }
        func number(_ name: String) throws(UsageError) -> Int {
            guard let count = Int(try value(name)), count > 0 else { throw UsageError(description: "\(name) needs a positive whole number") }
            return count
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "floor": mode = .floor
            case "intents":
                let factor = try number("intents")
                mode = .intents(factor: factor, folder: URL(fileURLWithPath: try value("intents FACTOR")))
            case "--backcoach": backcoach = URL(fileURLWithPath: try value(argument))
            case "--root": root = URL(fileURLWithPath: try value(argument))
            case "--lines": lines = try number(argument)
            case "--runs": runs = try number(argument)
            default: throw UsageError(description: "unknown argument \(argument)")
            }
        }
        if case .intents = mode { return }
        if case .floor = mode { return }
        root = URL(fileURLWithPath: root.path, relativeTo: nil).standardizedFileURL
        backcoach = URL(fileURLWithPath: backcoach.path).standardizedFileURL
    }
}

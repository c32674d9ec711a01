import ArgumentParser
import BackCoachCore
import Foundation

/// Tools for intent authors: lint a folder, measure accuracy.
struct Intents: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check and measure intent definitions.",
        subcommands: [Check.self, Test.self]
    )

    /// Lints an intent folder.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lint an intent folder: syntax, entity types, unreachable intents, examples.")

        @Argument(help: "The intent folder (default: the built-in intents).")
        var folder: String?

        func run() throws {
            let linter = IntentLinter()
            let findings: [LintFinding]
            let examples: Int
            let intentCount: Int
            if let folder {
                findings = linter.lint(folder: URL(fileURLWithPath: folder))
                let set = try? IntentSet(folder: URL(fileURLWithPath: folder))
                examples = set?.intents.reduce(0) { $0 + $1.examples.count } ?? 0
                intentCount = set?.intents.count ?? 0
            } else {
                let set = try EmbeddedIntents.load()
                findings = linter.lint(set)
                examples = set.intents.reduce(0) { $0 + $1.examples.count }
                intentCount = set.intents.count
            }
            for finding in findings { Output.standard.write(DisplayText.safe(finding.description) + "\n") }
            let errors = findings.filter { $0.severity == .error }.count
            if findings.isEmpty {
                Output.standard.write(Messages.lintPassed(intents: intentCount, examples: examples) + "\n")
            } else {
                Output.standard.write(Messages.lintFailed(errors: errors, warnings: findings.count - errors) + "\n")
            }
            if errors > 0 { throw ExitCode.failure }
        }
    }

    /// Measures accuracy on the intents' own examples and a labelled cases file.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure per-intent accuracy, confusions and out-of-scope rejection.")

        @Argument(help: "The intent folder (default: the built-in intents).")
        var folder: String?

        @Option(help: ArgumentHelp("A labelled cases file: utterance<TAB>intent<TAB>exercise per line.", valueName: "file"))
        var cases: String?

        @Flag(help: "List every case answered wrongly.")
        var verbose = false

        func run() throws {
            let set: IntentSet
            do {
                set = try folder.map { try IntentSet(folder: URL(fileURLWithPath: $0)) } ?? EmbeddedIntents.load()
            } catch let error as IntentLoadError {
                throw ValidationError(Messages.intentsRefused(TextNormalizer.sanitized(error.description, limit: 2_000)))
            }
            let evaluator = IntentEvaluator(intents: set)
            var all = evaluator.exampleCases()
            if let cases {
                guard let data = FileManager.default.contents(atPath: cases), let text = String(data: data, encoding: .utf8) else {
                    throw ValidationError("cannot read \(cases)")
                }
                do {
                    all += try EvaluationCase.parse(tsv: text, file: cases)
                } catch {
                    throw ValidationError(TextNormalizer.sanitized(error.description, limit: 2_000))
                }
            }
            let report = evaluator.evaluate(all)
            Output.standard.write(DisplayText.safe(report.text) + "\n")
            if verbose, !report.misses.isEmpty { Output.standard.write("Misses:\n" + DisplayText.safe(report.missText) + "\n") }
            if !report.passes { throw ExitCode.failure }
        }
    }
}

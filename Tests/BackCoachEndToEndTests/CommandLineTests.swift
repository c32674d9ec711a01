// The command line as a new user meets it, through pipes: version, help, usage errors, colour, focus, log.

import Foundation
import Testing

@Suite("Command line: version, help, errors, colour, focus, log")
struct CommandLineTests {
    @Test("--version prints the package version")
    func version() throws {
        let result = try BinaryRunner.run(["--version"], input: nil)
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test("help has examples and says each value list once", arguments: [[], ["ask"], ["routine"], ["log"], ["chat"]])
    func help(command: [String]) throws {
        let result = try BinaryRunner.run(command + ["--help"], input: nil)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(!result.stdout.contains("(default: beginner). (values"))
        #expect(result.stdout.components(separatedBy: "beginner, intermediate").count <= 2)
    }

    @Test("the top-level usage shows --json")
    func topLevelUsage() throws {
        let result = try BinaryRunner.run(["--help"], input: nil)
        let usage = try #require(result.stdout.components(separatedBy: "USAGE:").last)
        #expect(usage.prefix(200).contains("--json"))
    }

    @Test("usage errors go to stderr with the subcommand's usage and exit 64", arguments: [
        (arguments: ["routine", "--level", "expert"], usage: "backcoach routine"),
        (arguments: ["routine", "--minutes", "-3"], usage: "backcoach routine"),
        (arguments: ["routine", "--focus", "bananas"], usage: "backcoach routine"),
        (arguments: ["log", "--csv", "--json"], usage: "backcoach log"),
        (arguments: ["ask"], usage: "backcoach ask"),
        (arguments: ["--colour=never"], usage: "backcoach"),
    ])
    func usageErrors(arguments: [String], usage: String) throws {
        let result = try BinaryRunner.run(arguments, input: "")
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Error:"))
        #expect(result.stderr.contains("Usage: " + usage))
    }

    @Test("--minutes -3 says what a valid value is")
    func negativeMinutes() throws {
        let result = try BinaryRunner.run(["routine", "--minutes", "-3"], input: "")
        #expect(result.stderr.contains("--minutes must be from 1 to 240"))
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test("no escape sequences with NO_COLOR, --color=never or a pipe; --color=always colours a pipe", arguments: [
        (arguments: [String](), environment: ["NO_COLOR": "1"], coloured: false),
        (arguments: ["--color=never"], environment: [:], coloured: false),
        (arguments: [], environment: [:], coloured: false),
        (arguments: ["--color=auto"], environment: [:], coloured: false),
        (arguments: ["--color=always"], environment: [:], coloured: true),
        (arguments: ["--color", "always"], environment: ["TERM": "dumb"], coloured: true),
    ])
    func colour(arguments: [String], environment: [String: String], coloured: Bool) throws {
        let input = "how many clam shells\nno\nI fell and now I can't control my bladder\n"
        let result = try BinaryRunner.run(arguments, input: input, environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\u{1B}[") == coloured)
        let asked = try BinaryRunner.run(["ask"] + arguments + ["I fell and now I can't control my bladder"], input: nil, environment: environment)
        #expect(asked.stdout.contains("\u{1B}[") == coloured)
    }

    @Test("routine --focus understands what the chat understands", arguments: [
        (focus: ["wall sits"], first: "Wall sits"),
        (focus: ["clam-shell"], first: "Clam shells"),
        (focus: ["lower back"], first: "Partial crunches"),
        (focus: ["tight hamstrings"], first: "hamstring"),
        (focus: ["clam-shell", "wall-sit"], first: "Clam shells"),
    ])
    func focus(focus: [String], first: String) throws {
        let result = try BinaryRunner.run(["routine", "--json"] + focus.flatMap { ["--focus", $0] }, input: "stop\n")
        #expect(result.status == 0, "\(result.stderr)")
        let firstLine = try #require(result.stdout.split(separator: "\n").first)
        #expect(firstLine.localizedCaseInsensitiveContains(first))
        if focus.count == 2 {
            #expect(firstLine.contains("clam shells") && firstLine.contains("wall sits"))
            #expect(!firstLine.contains("partial crunches"))
        }
    }

    @Test("log --json prints one object per session, with local times")
    func logJSON() throws {
        try TemporaryHome.with { home in
            _ = try BinaryRunner.run(["routine", "--focus", "clam-shell"], input: "done\ndone\n", environment: home.environment)
            var environment = home.environment
            environment["TZ"] = "America/New_York"
            let result = try BinaryRunner.run(["log", "--json"], input: nil, environment: environment)
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
            #expect(object["outcome"] as? String == "completed")
            let started = try #require(object["started"] as? String)
            #expect(started.hasSuffix("-05:00") || started.hasSuffix("-04:00"))
            let text = try BinaryRunner.run(["log"], input: nil, environment: environment)
            #expect(!text.stdout.contains("Z  "))
            #expect(text.stdout.range(of: #"\d\d:\d\d  beginner"#, options: .regularExpression) != nil)
        }
    }
}

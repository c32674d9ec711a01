// make install / make uninstall into a temporary prefix, the generated man page, and bash completion. The test
// installs the already-built debug binary (BINARY=...) so that it does not wait for a release build.

import Foundation
import Testing

@Suite("Installing: make install, man page, completions", .serialized)
struct InstallTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let generatedManPage = packageRoot.appending(path: ".build/plugins/GenerateManual/outputs/backcoach/backcoach.1")

    /// Runs `make` in the package root.
    static func make(_ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32) {
        try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/make"), ["-C", packageRoot.path] + arguments,
                             input: nil, environment: ["PATH": "/usr/bin:/bin"], timeout: 120)
    }

    /// A man page to install: the generated one when `make man` has run (CI runs it), else a stand-in.
    static func manPage(in folder: URL) throws -> URL {
        if FileManager.default.fileExists(atPath: generatedManPage.path) { return generatedManPage }
        let page = folder.appending(path: "backcoach.1")
        try ".Dd\n.Dt BACKCOACH 1\n.Sh NAME\n.Nm backcoach\n".write(to: page, atomically: true, encoding: .utf8)
        return page
    }

    /// Completions bash offers after `line`, with the installed script and binary.
    static func bashCompletions(_ line: String, prefix: URL) throws -> [String] {
        let script = """
            source "$PREFIX/share/bash-completion/completions/backcoach"
            COMP_LINE="$LINE"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            _backcoach backcoach "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try BinaryRunner.run(
            executable: URL(fileURLWithPath: "/bin/bash"), ["-c", script], input: nil,
            environment: ["PATH": prefix.path + "/bin:/usr/bin:/bin", "PREFIX": prefix.path, "LINE": line, "HOME": prefix.path])
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test("make install puts a working program, its man page and completions in PREFIX; make uninstall empties it")
    func installAndUninstall() throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "backcoach-install-\(UUID().uuidString)")
        let prefix = scratch.appending(path: "prefix")
        try FileManager.default.createDirectory(at: prefix, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let variables = ["PREFIX=\(prefix.path)", "BINARY=\(try BinaryRunner.executableURL().path)", "MANPAGE=\(try Self.manPage(in: scratch).path)"]

        let install = try Self.make(["install"] + variables)
        #expect(install.status == 0, "\(install.stderr)")
        for file in ["bin/backcoach", "share/man/man1/backcoach.1", "share/bash-completion/completions/backcoach",
                     "share/zsh/site-functions/_backcoach", "share/fish/vendor_completions.d/backcoach.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appending(path: file).path), "\(file) installed")
        }
        let answer = try BinaryRunner.run(executable: prefix.appending(path: "bin/backcoach"), ["ask", "how many clam shells"],
                                          input: nil, environment: ["HOME": scratch.path])
        #expect(answer.status == 0)
        #expect(answer.stdout.contains("20 reps"))

        #expect(try Self.bashCompletions("backcoach routine --level ", prefix: prefix) == ["beginner", "intermediate", "advanced"])
        #expect(try Self.bashCompletions("backcoach routine --focus cla", prefix: prefix) == ["clam-shell"])
        #expect(try Self.bashCompletions("backcoach lo", prefix: prefix) == ["log"])

        let uninstall = try Self.make(["uninstall"] + variables)
        #expect(uninstall.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.path).isEmpty)
    }

    @Test("the man page made by the GenerateManual plugin describes every subcommand and option",
          .enabled(if: FileManager.default.fileExists(atPath: generatedManPage.path), "run `make man` first (CI does)"))
    func manPage() throws {
        let result = try BinaryRunner.run(executable: URL(fileURLWithPath: "/usr/bin/man"), ["-l", "-P", "cat", Self.generatedManPage.path],
                                          input: nil, environment: ["MANWIDTH": "200", "HOME": NSTemporaryDirectory()])
        #expect(result.status == 0)
        for word in ["chat", "ask", "routine", "log", "intents", "--focus", "--level", "--color", "--json", "Examples:"] {
            #expect(result.stdout.contains(word), "\(word) in the man page")
        }
    }
}

// In a pseudo-terminal, a routine asks pain before and after; Enter skips; a rise of 2 brings the advice; the
// settings file turns the questions off, and a broken one gives one warning.

import Foundation
import Testing

@Suite("Pain asked around a routine in a terminal", .serialized)
struct PainQuestionTerminalTests {
    /// `backcoach routine` for clam shells on the instant clock, in a terminal with the temporary home.
    static func startRoutine(home: TemporaryHome) throws -> PseudoTerminal {
        var environment = home.environment
        environment["TERM"] = "xterm-256color"
        return try PseudoTerminal(
            executable: try BinaryRunner.executableURL(), arguments: ["routine", "--focus", "clam-shell", "--pace", "instant"],
            environment: environment)
    }

    /// The text with every run of blanks and line breaks made one space, so phrases are found where lines wrapped.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "\r" }).joined(separator: " ")
    }

    static func waitFor(_ phrase: String, in terminal: PseudoTerminal, since mark: Int) throws -> String {
        try terminal.waitUntil("the output to say \"\(phrase)\"", timeout: 30) { words($0.output(since: mark)).contains(phrase) }
        terminal.waitForQuiet()
        return words(terminal.output(since: mark))
    }

    /// Answers the question before, says done to both sides, and answers the question after; returns what was shown after.
    static func run(before: String, after: String, home: TemporaryHome) throws -> (beforeReply: String, afterReply: String, status: Int32) {
        let terminal = try startRoutine(home: home)
        _ = try waitFor("your pain right now, 0 (none) to 10", in: terminal, since: 0)
        var mark = terminal.mark()
        terminal.sendLine(before)
        let beforeReply = try waitFor("Clam shells, left side", in: terminal, since: mark)
        mark = terminal.mark()
        terminal.sendLine("done")
        _ = try waitFor("right side", in: terminal, since: mark)
        mark = terminal.mark()
        terminal.sendLine("done")
        _ = try waitFor("And your pain now, 0 to 10?", in: terminal, since: mark)
        mark = terminal.mark()
        terminal.sendLine(after)
        let status = try terminal.waitForExit(timeout: 15)
        return (beforeReply, words(terminal.output(since: mark)), status)
    }

    @Test("Asks before and after; a rise of 2 brings the advice, marked as not from the article")
    func riseOfTwo() throws {
        try TemporaryHome.with(asksPain: true) { home in
            let result = try Self.run(before: "4", after: "6", home: home)
            #expect(result.beforeReply.contains("Noted: pain 4/10"), "\(result.beforeReply)")
            #expect(result.afterReply.contains("Noted: pain 6/10"), "\(result.afterReply)")
            #expect(result.afterReply.contains("talk to a doctor or physiotherapist"), "\(result.afterReply)")
            #expect(result.afterReply.contains("(standard advice, not from the article)"), "\(result.afterReply)")
            #expect(result.status == 0)
        }
    }

    @Test("A rise of 1 brings no advice")
    func riseOfOne() throws {
        try TemporaryHome.with(asksPain: true) { home in
            let result = try Self.run(before: "4", after: "5", home: home)
            #expect(result.afterReply.contains("Noted: pain 5/10"), "\(result.afterReply)")
            #expect(!result.afterReply.contains("physiotherapist"), "\(result.afterReply)")
        }
    }

    @Test("Enter skips both questions and nothing is recorded")
    func enterSkips() throws {
        try TemporaryHome.with(asksPain: true) { home in
            let result = try Self.run(before: "", after: "", home: home)
            #expect(result.beforeReply.contains("Skipped the pain rating."), "\(result.beforeReply)")
            #expect(result.afterReply.contains("Skipped the pain rating."), "\(result.afterReply)")
            let log = try String(contentsOf: home.dataHome.appending(path: "backcoach/sessions.jsonl"), encoding: .utf8)
            #expect(!log.contains(#""kind":"pain""#), "\(log)")
        }
    }

    @Test("ask-pain = no in the settings file: the routine starts without the question")
    func settingTurnsItOff() throws {
        try TemporaryHome.with(asksPain: true) { home in
            try Data("ask-pain = no\n".utf8).write(to: home.settingsFile)
            let terminal = try Self.startRoutine(home: home)
            let shown = try Self.waitFor("Clam shells, left side", in: terminal, since: 0)
            #expect(!shown.contains("your pain right now"), "\(shown)")
            terminal.sendLine("stop")
            _ = try terminal.waitForExit(timeout: 15)
        }
    }
}

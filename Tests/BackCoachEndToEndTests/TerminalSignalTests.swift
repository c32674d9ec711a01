// Issue 9 finding 4 and issue 7's terminal items in a pseudo-terminal: signals, the bell, the countdown line,
// Ctrl-C at any step, and history shared by sessions running at once.

import Foundation
import Testing

@Suite("Signals, bell and history in a terminal", .serialized)
struct TerminalSignalTests {
    private static let startup = 30.0

    private static func start(_ arguments: [String], home: TemporaryHome) throws -> PseudoTerminal {
        var environment = home.environment
        environment["TERM"] = "xterm-256color"
        return try PseudoTerminal(executable: try BinaryRunner.executableURL(), arguments: arguments, environment: environment)
    }

    /// Waits until a countdown ("N s left") is on screen.
    private static func waitForCountdown(_ terminal: PseudoTerminal, since mark: Int = 0) throws {
        try terminal.waitUntil("a countdown", timeout: startup) { $0.output(since: mark).contains(" s left") }
    }

    private static func logged(_ home: TemporaryHome) -> String {
        (try? String(contentsOf: home.dataHome.appending(path: "backcoach/sessions.jsonl"), encoding: .utf8)) ?? ""
    }

    @Test("A signal during a countdown restores the terminal and logs the routine", arguments: [
        ("SIGTERM ends the program", SIGTERM, Int32(128 + SIGTERM)),
        ("SIGHUP ends the program", SIGHUP, Int32(128 + SIGHUP)),
    ])
    func signalDuringCountdown(what: String, signal: Int32, status: Int32) throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start(["routine", "--focus", "mobility"], home: home)
            try Self.waitForCountdown(terminal)
            #expect(!terminal.isCanonical)
            kill(terminal.processIdentifier, signal)
            #expect(try terminal.waitForExit(timeout: 10) == status, "\(what)")
            #expect(terminal.isCanonical, "\(what): the terminal was left raw")
            #expect(Self.logged(home).contains("\"outcome\":\"stopped\""), "\(what): the routine was not logged")
        }
    }

    @Test("kill -INT during a countdown stops the routine like Ctrl-C; the program goes on")
    func interruptSignalDuringCountdown() throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start([], home: home)
            try terminal.waitFor("backcoach> ", timeout: Self.startup)
            terminal.waitForRawMode()
            terminal.sendLine("a routine for mobility")
            try Self.waitForCountdown(terminal)
            let mark = terminal.mark()
            kill(terminal.processIdentifier, SIGINT)
            try terminal.waitUntil("routine stopped", timeout: 10) { $0.output(since: mark).lowercased().contains("routine stopped") }
            #expect(terminal.isRunning)
            #expect(Self.logged(home).contains("\"outcome\":\"stopped\""))
        }
    }

    @Test("Ctrl-Z during a countdown restores the terminal while stopped, and the stopped time is not counted")
    func suspendDuringCountdown() throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start(["routine", "--focus", "hamstrings"], home: home)
            try Self.waitForCountdown(terminal)
            kill(terminal.processIdentifier, SIGTSTP)
            try terminal.waitUntil("the terminal back in line mode while stopped", timeout: 5) { $0.isCanonical }
            let stopped = terminal.mark()
            terminal.idle(4)
            kill(terminal.processIdentifier, SIGCONT)
            try terminal.waitUntil("raw mode again after fg", timeout: 5) { !$0.isCanonical }
            let mark = terminal.mark()
            terminal.send("q")
            try terminal.waitUntil("a summary", timeout: 10) { $0.output(since: mark).contains("Routine stopped after") }
            let said = terminal.output(since: stopped)
            let seconds = try #require(said.firstMatch(of: /Routine stopped after (\d+) s/).flatMap { Int($0.output.1) })
            #expect(seconds < 4, "the 4 s stopped were counted: \(seconds) s")
            _ = try terminal.waitForExit(timeout: 10)
        }
    }

    @Test("The bell rings when a hold ends, and not with --no-bell", arguments: [
        (["routine", "--focus", "hamstrings"], true),
        (["routine", "--focus", "hamstrings", "--no-bell"], false),
    ])
    func bell(arguments: [String], rings: Bool) throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start(arguments, home: home)
            try terminal.waitUntil("the first hold to end", timeout: 60) { $0.transcript.contains("Time!") || $0.transcript.contains("Release") }
            terminal.idle(0.3)
            #expect(terminal.rawTranscript.contains(0x07) == rings)
        }
    }

    @Test("A get-ready count, marked as a standard cue, comes before a timed hold; the hold follows by itself")
    func getReadyBeforeHold() throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start(["routine", "--focus", "wall-sit", "--no-bell"], home: home)
            try terminal.waitUntil("the hold's countdown", timeout: 30) { $0.transcript.contains("Hold [") }
            let transcript = terminal.transcript
            let ready = try #require(transcript.range(of: "get into position"))
            let readyCount = try #require(transcript.range(of: "Ready ["))
            let hold = try #require(transcript.range(of: "Hold ["))
            #expect(transcript.contains("standard cue, not from the article"))
            #expect(ready.lowerBound < readyCount.lowerBound && readyCount.lowerBound < hold.lowerBound)
        }
    }

    @Test("After ouch during a hold no countdown line stays on screen")
    func ouchClearsTheCountdown() throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start(["routine", "--focus", "hamstrings"], home: home)
            try Self.waitForCountdown(terminal)
            let mark = terminal.mark()
            terminal.send("ouch")
            terminal.idle(0.2)
            terminal.send(PseudoTerminal.Key.enter)
            try terminal.waitUntil("the pain advice", timeout: 10) { $0.output(since: mark).lowercased().contains("skip") }
            terminal.waitForQuiet(0.5)
            #expect(!terminal.screenLines.contains { $0.contains(" s left") }, "\(terminal.screenLines)")
        }
    }

    @Test("Ctrl-C at a reps step at the prompt stops the routine and the prompt comes back")
    func controlCAtARepsStep() throws {
        let home = try TemporaryHome()
        let terminal = try Self.start([], home: home)
        try terminal.waitFor("backcoach> ", timeout: Self.startup)
        terminal.waitForRawMode()
        terminal.sendLine("start a routine")
        try terminal.waitUntil("the first reps step", timeout: 10) { $0.transcript.lowercased().contains("crunch") }
        terminal.waitForQuiet()
        terminal.waitForRawMode()
        let mark = terminal.mark()
        terminal.send(bytes: [PseudoTerminal.Key.ctrlC])
        try terminal.waitUntil("routine stopped", timeout: 10) { $0.output(since: mark).lowercased().contains("routine stopped") }
        try terminal.waitUntil("the prompt back", timeout: 10) { $0.output(since: mark).contains("backcoach> ") }
        #expect(terminal.isRunning)
        #expect(Self.logged(home).contains("\"outcome\":\"stopped\""))
    }

    @Test("Ten sessions typing at once keep every history entry")
    func concurrentHistory() throws {
        try TemporaryHome.with { home in
            let terminals = try (0..<10).map { _ in try Self.start([], home: home) }
            for terminal in terminals { try terminal.waitFor("backcoach> ", timeout: Self.startup) }
            for round in 0..<3 {
                for (index, terminal) in terminals.enumerated() {
                    terminal.waitForRawMode()
                    let mark = terminal.mark()
                    terminal.sendLine("hello from \(index) round \(round)")
                    try terminal.waitUntil("an answer", timeout: 20) { $0.output(since: mark).contains("backcoach> ") }
                }
            }
            let history = try String(contentsOf: home.historyFile, encoding: .utf8)
            for index in 0..<10 {
                for round in 0..<3 { #expect(history.contains("hello from \(index) round \(round)\n")) }
            }
        }
    }

    @Test("A history file that is a FIFO is refused with a warning; a damaged one is renamed aside", arguments: ["FIFO", "damaged"])
    func badHistoryFile(kind: String) throws {
        try TemporaryHome.with { home in
            try FileManager.default.createDirectory(at: home.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            if kind == "FIFO" { mkfifo(home.historyFile.path, 0o600) } else { try Data([0x61, 0, 0xFF, 0x0A]).write(to: home.historyFile) }
            let terminal = try Self.start([], home: home)
            try terminal.waitFor("backcoach> ", timeout: Self.startup)
            #expect(terminal.transcript.contains(kind == "FIFO" ? "is a FIFO" : "was damaged"))
            let kept = try FileManager.default.contentsOfDirectory(atPath: home.historyFile.deletingLastPathComponent().path)
            #expect(kind == "FIFO" || kept.contains { $0.hasPrefix("history.damaged-") })
        }
    }
}

// Layout at any width, in a pseudo-terminal: answers wrap on word boundaries at the width the terminal has now,
// the countdown line always fits and is redrawn in place, typing during it never breaks the redraw.

import Foundation
import Testing

@Suite("Layout at any width", .tags(.routineCountdown))
struct LayoutTests {
    static let startupTimeout = 30.0

    static func start(_ arguments: [String], home: TemporaryHome, columns: UInt16) throws -> PseudoTerminal {
        var environment = home.environment
        environment["TERM"] = "xterm-256color"
        return try PseudoTerminal(executable: try BinaryRunner.executableURL(), arguments: arguments,
                                  environment: environment, columns: columns, rows: 40)
    }

    /// The pieces of output between line breaks and carriage returns: what the program drew on one row.
    static func rows(_ output: String) -> [String] {
        output.replacingOccurrences(of: "\r\n", with: "\n").split(whereSeparator: { $0 == "\r" || $0 == "\n" }).map(String.init)
    }

    /// Asks a question at the prompt and returns what the program printed for it.
    static func ask(_ question: String, in terminal: PseudoTerminal) throws -> String {
        let mark = terminal.mark()
        terminal.sendLine(question)
        try terminal.waitFor("backcoach> ", since: mark + question.utf8.count + 11)
        return terminal.output(since: mark).replacingOccurrences(of: "backcoach> " + question, with: "")
    }

    @Test("every line of an answer fits the terminal", arguments: [60, 40])
    func answersFit(columns: Int) throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start([], home: home, columns: UInt16(columns))
            try terminal.waitFor("backcoach> ", timeout: Self.startupTimeout)
            for question in ["how to do clam shells", "what helps sciatica", "where is this from"] {
                let answer = try Self.ask(question, in: terminal)
                #expect(answer.count > 100, "\(question): an answer was printed")
                let wide = Self.rows(answer).filter { $0.count > columns }
                #expect(wide.isEmpty, "\(question) at \(columns) columns: \(wide)")
            }
            _ = terminal.waitForRawMode()
            terminal.send(bytes: [PseudoTerminal.Key.ctrlD])
            #expect(try terminal.waitForExit() == 0)
        }
    }

    @Test("a resize during a session changes the wrapping width")
    func resize() throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start([], home: home, columns: 60)
            try terminal.waitFor("backcoach> ", timeout: Self.startupTimeout)
            let narrow = try Self.ask("how to do clam shells", in: terminal)
            #expect(Self.rows(narrow).allSatisfy { $0.count <= 60 })
            terminal.resize(columns: 120, rows: 40)
            let wide = try Self.ask("how to do clam shells", in: terminal)
            let longest = Self.rows(wide).map(\.count).max() ?? 0
            #expect(longest > 60 && longest <= 120, "after the resize the answer wraps at 120 columns, longest row \(longest)")
            _ = terminal.waitForRawMode()
            terminal.send(bytes: [PseudoTerminal.Key.ctrlD])
            #expect(try terminal.waitForExit() == 0)
        }
    }

    @Test("the countdown fits and stays one line, also while typing", arguments: [60, 40])
    func countdownFits(columns: Int) throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start(["routine", "--focus", "hamstrings", "--no-bell"], home: home, columns: UInt16(columns))
            try terminal.waitUntil("the countdown to tick", timeout: Self.startupTimeout) {
                $0.transcript.components(separatedBy: "\r").filter { $0.contains(" s") && $0.contains("[") }.count >= 3
            }
            terminal.send("my back is")
            try terminal.waitUntil("the typed text on the countdown line") { $0.currentLine.contains("my back is") }
            terminal.idle(1.2)
            let countdownRows = terminal.screenLines.filter { $0.contains("[#") || $0.contains("[-") }
            #expect(countdownRows.count == 1, "one countdown line on the screen: \(countdownRows)")
            let drawn = Self.rows(terminal.transcript).filter { $0.contains("[") && $0.contains(" s") }
            #expect(!drawn.isEmpty)
            #expect(drawn.allSatisfy { $0.count < columns }, "countdown rows at \(columns): \(drawn.filter { $0.count >= columns })")
            terminal.send(bytes: [PseudoTerminal.Key.ctrlC])
            terminal.send(bytes: [PseudoTerminal.Key.ctrlD])
            _ = try? terminal.waitForExit()
        }
    }

    @Test("ask in a narrow terminal wraps whole words and offers nothing it cannot hear")
    func askInTerminal() throws {
        try TemporaryHome.with { home in
            let terminal = try Self.start(["ask", "how many clam shells should I do"], home: home, columns: 40)
            #expect(try terminal.waitForExit(timeout: Self.startupTimeout) == 0)
            let output = terminal.transcript
            #expect(output.contains("Clam shells"))
            #expect(!output.contains("yes/no"))
            #expect(Self.rows(output).allSatisfy { $0.count <= 40 })
            let words = Set(output.split(whereSeparator: \.isWhitespace).map(String.init))
            #expect(words.isSuperset(of: ["reps", "each", "side."]), "whole words, none cut at the margin")
        }
    }
}

// End-to-end tests of the interactive mode: the real `backcoach` binary runs inside a
// pseudo-terminal (80x24, TERM=xterm-256color) with a fresh temporary HOME/XDG_* folder,
// and the tests type into it the way a person would.

import Foundation
import Testing

extension Tag {
    /// The routine countdown (timed holds drawn in place in a terminal).
    @Tag static var routineCountdown: Self
}

private let prompt = "backcoach> "
private let clamShellQuestion = "how many clam-shell reps should I do?"
/// A debug build loading its knowledge base may take a while to show the first prompt.
private let startupTimeout = 30.0

/// Starts `backcoach` in a terminal whose environment holds only PATH, TERM and the
/// temporary home's HOME/XDG_* folders.
private func startBackCoach(_ arguments: [String] = [], home: TemporaryHome) throws -> PseudoTerminal {
    var environment = home.environment
    environment["TERM"] = "xterm-256color"
    return try PseudoTerminal(
        executable: try BinaryRunner.executableURL(), arguments: arguments, environment: environment)
}

private func trimmed(_ text: some StringProtocol) -> String {
    String(text).trimmingCharacters(in: .whitespacesAndNewlines)
}

/// The text in lower case with every run of blanks and line breaks made one space, so that a
/// phrase is found even where the program wrapped it.
private func words(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "\r" }).joined(separator: " ")
}

/// Lines of a transcript, carriage returns and surrounding blanks removed.
private func lines(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        .map { trimmed($0) }
}

extension PseudoTerminal {
    /// The line under the cursor reads `backcoach> ` + `text` (trailing blanks ignored).
    fileprivate func promptLineReads(_ text: String) -> Bool {
        trimmed(currentLine) == trimmed(prompt + text)
    }

    /// Waits until a prompt printed after `mark` is shown, empty, with the cursor on it, and
    /// the line editor has taken the terminal (so that keys typed next reach the editor).
    fileprivate func waitForEmptyPrompt(since mark: Int = 0, timeout: Double = 10) throws {
        try waitUntil("an empty `\(prompt)` prompt", timeout: timeout) {
            $0.output(since: mark).contains(prompt) && $0.promptLineReads("")
        }
        waitForRawMode()
    }

    /// Waits until the line under the cursor reads `backcoach> ` + `text`.
    fileprivate func waitForPromptLine(_ text: String, timeout: Double = 10) throws {
        try waitUntil("the prompt line to read \"\(prompt)\(text)\"", timeout: timeout) {
            $0.promptLineReads(text)
        }
    }

    /// Waits until the output after `mark` says `phrase` (case and line wrapping ignored).
    fileprivate func waitForPhrase(_ phrase: String, since mark: Int, timeout: Double = 10) throws {
        try waitUntil("the output to say \"\(phrase)\"", timeout: timeout) {
            words($0.output(since: mark)).contains(words(phrase))
        }
    }

    /// Asks the clam-shell question, declines the offer to start, and waits for the next prompt.
    fileprivate func askClamShellsAndDecline() throws {
        let mark = mark()
        sendLine(clamShellQuestion)
        try waitForPhrase("20 reps on each side", since: mark)
        try waitUntil("an offer ending in (yes/no)") {
            lines($0.output(since: mark)).contains { $0.hasSuffix("(yes/no)") }
        }
        waitForQuiet()
        let answered = self.mark()
        sendLine("no")
        try waitForEmptyPrompt(since: answered)
    }
}

@Suite("Interactive mode in a terminal")
struct InteractiveTerminalTests {
    @Test("Shows a short banner with the name and a safety note, then the prompt")
    func bannerAndPrompt() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)

            let transcript = terminal.transcript
            let banner = lines(String(transcript[..<transcript.range(of: prompt)!.lowerBound]))
                .filter { !$0.isEmpty }
            let firstLine = try #require(banner.first, "Nothing was printed before the prompt.")
            #expect(firstLine.contains("BackCoach"), "The banner's first line should name BackCoach: \(firstLine)")
            #expect(banner.count >= 2, "The banner should carry a safety note after the first line: \(banner)")
            #expect(banner.count <= 12, "The banner should be short, it has \(banner.count) lines: \(banner)")
            let safetyWords = ["safe", "pain", "hurt", "doctor", "physio", "medical", "stop"]
            let note = banner.dropFirst().joined(separator: " ").lowercased()
            #expect(safetyWords.contains { note.contains($0) }, "No safety note in the banner: \(banner)")
            #expect(terminal.isRunning)
        }
    }

    @Test("Answers how many clam-shell reps, offers to start, and takes no for an answer")
    func clamShellQuestionAndDecline() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)

            let asked = terminal.mark()
            terminal.sendLine(clamShellQuestion)
            try terminal.waitForPhrase("20 reps on each side", since: asked)
            try terminal.waitUntil("an offer to start on a line ending in (yes/no)") {
                lines($0.output(since: asked)).contains { $0.hasSuffix("(yes/no)") }
            }
            let exchange = words(terminal.output(since: asked))
            #expect(exchange.range(of: "20 reps on each side")!.lowerBound
                < exchange.range(of: "(yes/no)", options: .backwards)!.lowerBound,
                "The answer should come before the offer to start: \(exchange)")

            terminal.waitForQuiet()
            let declined = terminal.mark()
            terminal.sendLine("no")
            try terminal.waitForEmptyPrompt(since: declined)
            let afterNo = terminal.output(since: declined)
            #expect(!afterNo.contains("s left"), "Saying no must not start a routine: \(afterNo)")
            #expect(terminal.isRunning)
        }
    }

    @Test("Up arrow recalls the previous line onto the prompt")
    func upArrowRecallsPreviousLine() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)
            try terminal.askClamShellsAndDecline()

            terminal.send(PseudoTerminal.Key.up)
            try terminal.waitUntil("the up arrow to recall a line typed before") {
                $0.promptLineReads(clamShellQuestion) || $0.promptLineReads("no")
            }
            if terminal.promptLineReads("no") {
                // The answer to the offer went into the history too; the question is one further up.
                terminal.send(PseudoTerminal.Key.up)
            }
            try terminal.waitForPromptLine(clamShellQuestion)

            // The recalled line is live: Enter asks it again.
            let mark = terminal.mark()
            terminal.send(PseudoTerminal.Key.enter)
            try terminal.waitForPhrase("20 reps on each side", since: mark)
        }
    }

    @Test("Ctrl-R searches history backwards and Enter asks the found line again")
    func reverseSearch() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)
            try terminal.askClamShellsAndDecline()
            var mark = terminal.mark()
            terminal.sendLine("thanks")
            try terminal.waitForEmptyPrompt(since: mark)
            _ = terminal.waitForRawMode()
            mark = terminal.mark()
            terminal.send(bytes: [0x12])
            terminal.send("reps shou")
            try terminal.waitUntil("libedit's reverse search prompt with the typed text") {
                $0.output(since: mark).contains("reps shou")
            }
            terminal.waitForQuiet()
            mark = terminal.mark()
            terminal.send(PseudoTerminal.Key.enter)
            try terminal.waitForPhrase("20 reps on each side", since: mark)
        }
    }

    @Test("History is saved as plain text and recalled with the up arrow after a restart")
    func historySurvivesRestart() throws {
        try TemporaryHome.with { home in
            let first = try startBackCoach(home: home)
            try first.waitForEmptyPrompt(timeout: startupTimeout)
            try first.askClamShellsAndDecline()
            first.send(bytes: [PseudoTerminal.Key.ctrlD])
            #expect(try first.waitForExit() == 0)

            let file = home.historyFile
            let contents = try #require(
                try? String(contentsOf: file, encoding: .utf8),
                "No history file at \(file.path)")
            let saved = contents.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            #expect(saved.contains(clamShellQuestion), "The question should be saved verbatim, one line per entry: \(saved)")
            #expect(saved.allSatisfy { [clamShellQuestion, "no"].contains($0) },
                    "Only the typed lines, as plain text, belong in the history file: \(saved)")
            let lastLine = try #require(saved.last)

            let second = try startBackCoach(home: home)
            try second.waitForEmptyPrompt(timeout: startupTimeout)
            second.send(PseudoTerminal.Key.up)
            try second.waitForPromptLine(lastLine)
        }
    }

    @Test("Ctrl-C clears the line and keeps the session")
    func ctrlCClearsLine() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)

            terminal.send("how many clam")
            try terminal.waitForPromptLine("how many clam")
            let interrupted = terminal.mark()
            terminal.send(bytes: [PseudoTerminal.Key.ctrlC])
            try terminal.waitForEmptyPrompt(since: interrupted)
            #expect(terminal.isRunning, "Ctrl-C must not end the session")

            let asked = terminal.mark()
            terminal.sendLine(clamShellQuestion)
            try terminal.waitForPhrase("20 reps on each side", since: asked)
            var screen = TerminalScreen(columns: terminal.columns, rows: terminal.rows)
            screen.feed(terminal.rawTranscript)
            let askedLines = screen.allLines.filter { $0.hasPrefix(prompt) && $0.contains("clam-shell") }
            #expect(askedLines.last == prompt + clamShellQuestion,
                    "The cleared text must not stay in front of the new line: \(askedLines)")
        }
    }

    @Test("Ctrl-D on an empty line ends the session with status 0")
    func ctrlDExits() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)
            terminal.send(bytes: [PseudoTerminal.Key.ctrlD])
            #expect(try terminal.waitForExit() == 0)
        }
    }

    @Test("Typing quit, exit or bye ends the session with status 0", arguments: ["quit", "exit", "bye"])
    func exitWords(word: String) throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)
            terminal.sendLine(word)
            #expect(try terminal.waitForExit() == 0)
        }
    }

    @Test("Tab completes an exercise name on the prompt line")
    func tabCompletion() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)
            terminal.send("how do I do clam")
            try terminal.waitForPromptLine("how do I do clam")
            terminal.send(PseudoTerminal.Key.tab)
            try terminal.waitForPromptLine("how do I do clam shells")
            #expect(terminal.isRunning)
        }
    }
}

@Suite("Routine countdown in a terminal", .tags(.routineCountdown))
struct RoutineCountdownTests {
    /// Every "N s left" in `text`, in order.
    private static func secondsLeft(in text: String) -> [Int] {
        text.matches(of: /(\d+) s left/).compactMap { Int($0.output.1) }
    }

    /// Two successive countdown values, the second lower, with only an in-place redraw between
    /// them: a carriage return that is not part of a line break, and no line feed.
    private static func tickRedrawnInPlace(in text: String) -> (from: Int, to: Int)? {
        let ticks = text.matches(of: /(\d+) s left/)
        for (earlier, later) in zip(ticks, ticks.dropFirst()) {
            guard let from = Int(earlier.output.1), let to = Int(later.output.1), to < from else { continue }
            let between = Array(text[earlier.range.upperBound..<later.range.lowerBound].unicodeScalars)
            let bareCarriageReturn = between.indices.contains {
                between[$0] == "\r" && ($0 + 1 == between.count || between[$0 + 1] != "\n")
            }
            if bareCarriageReturn && !between.contains("\n") {
                return (from, to)
            }
        }
        return nil
    }

    @Test("A timed hold counts down in place, p pauses and resumes, q stops with a summary")
    func countdownPauseResumeStop() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(["routine", "--focus", "mobility", "--level", "beginner"], home: home)

            // The seconds go down, redrawn on the same line with a carriage return.
            try terminal.waitUntil(
                "the countdown \"N s left\" to tick down in place (\\r, no new line)", timeout: startupTimeout
            ) {
                Self.tickRedrawnInPlace(in: $0.transcript) != nil
            }
            #expect(Self.secondsLeft(in: terminal.transcript).first.map { $0 >= 2 } == true)

            // p pauses: "Paused" shows and the seconds stop going down.
            var mark = terminal.mark()
            terminal.send("p")
            try terminal.waitFor("Paused", since: mark, timeout: 5)
            let shownAtPause = try #require(Self.secondsLeft(in: terminal.transcript).last)
            let paused = terminal.mark()
            terminal.idle(2.5)
            let duringPause = Self.secondsLeft(in: terminal.output(since: paused))
            #expect(duringPause.allSatisfy { $0 >= shownAtPause },
                    "The countdown kept going while paused at \(shownAtPause) s: \(duringPause)")
            #expect(terminal.isRunning)

            // p again resumes.
            mark = terminal.mark()
            terminal.send("p")
            try terminal.waitUntil("the countdown to go on below \(shownAtPause) s after resuming", timeout: 6) {
                Self.secondsLeft(in: $0.output(since: mark)).contains { $0 < shownAtPause }
            }

            // q stops the routine; a summary naming the exercise follows and the program ends.
            mark = terminal.mark()
            terminal.send("q")
            try terminal.waitUntil("a summary after stopping with q (\"stopped\" or \"summary\", naming wall sits)",
                                   timeout: 10) {
                let said = words($0.output(since: mark))
                return (said.contains("stopped") || said.contains("summary")) && said.contains("wall sit")
            }
            #expect(try terminal.waitForExit(timeout: 10) == 0)
        }
    }

    @Test("Ctrl-C during a countdown stops the routine, not the program, and the session is logged")
    func controlCStopsTheRoutine() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(home: home)
            try terminal.waitForEmptyPrompt(timeout: startupTimeout)
            terminal.sendLine("a routine for mobility")
            try terminal.waitUntil("a countdown", timeout: startupTimeout) { !Self.secondsLeft(in: $0.transcript).isEmpty }
            let mark = terminal.mark()
            terminal.send(bytes: [PseudoTerminal.Key.ctrlC])
            try terminal.waitForPhrase("routine stopped", since: mark, timeout: 10)
            try terminal.waitForEmptyPrompt(since: mark)
            #expect(terminal.isRunning, "Ctrl-C in a countdown must not end the program")
            let asked = terminal.mark()
            terminal.sendLine("how many clam shells?")
            try terminal.waitForPhrase("20 reps on each side", since: asked)
            let log = home.dataHome.appendingPathComponent("backcoach/sessions.jsonl")
            let logged = try String(contentsOf: log, encoding: .utf8)
            #expect(logged.contains("\"outcome\":\"stopped\""))
            #expect(logged.contains("\"exercise\":\"wall-sit\""))
        }
    }

    @Test("A sentence typed during a countdown reaches the coach whole: a red flag ends the routine")
    func typingDuringCountdown() throws {
        try TemporaryHome.with { home in
            let terminal = try startBackCoach(["routine", "--focus", "mobility"], home: home)
            try terminal.waitUntil("a countdown", timeout: startupTimeout) { !Self.secondsLeft(in: $0.transcript).isEmpty }
            let mark = terminal.mark()
            terminal.send("my groin is numb")
            try terminal.waitForPhrase("my groin is numb", since: mark, timeout: 5)
            terminal.send(PseudoTerminal.Key.enter)
            try terminal.waitForPhrase("emergency department", since: mark, timeout: 10)
            #expect(try terminal.waitForExit(timeout: 10) == 0)
            let logged = try String(contentsOf: home.dataHome.appendingPathComponent("backcoach/sessions.jsonl"), encoding: .utf8)
            #expect(logged.contains("\"outcome\":\"red-flag\""))
        }
    }
}

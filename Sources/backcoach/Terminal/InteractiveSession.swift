import BackCoachCore
import Foundation

/// The interactive session: libedit prompt with history and completion, wrapped answers, live countdowns.
final class InteractiveSession: @unchecked Sendable {
    private let coach: Coach
    private let printer: ReplyPrinter
    private let editor: LineEditor
    private let keyboard = RawKeyboard()
    private let bell: Bool
    private var terminalSettings = termios()
    private var historyProblemShown = false
    private var drawnLine = ""
    private var typedLine = ""
    private var pendingCommand: (command: String, deadline: Date)?

    /// Names people use besides the exercises' own, offered by Tab; none is a prefix of another.
    static let otherExerciseNames = ["hamstring stretch", "rehabilitation squats", "yoga twist", "towel stretch"]

    /// Commands offered by Tab besides exercise names.
    static let commands = [
        "quit", "exit", "help", "start a routine", "beginner routine", "done", "skip", "back", "pause", "resume",
        "stop", "why?", "how do I do this?", "what did I do last time?",
    ]

    /// Makes a session over a coach; `bell` rings the terminal bell when a timed hold ends.
    init(coach: Coach, explain: Bool, bell: Bool, colour: Bool) {
        self.coach = coach
        self.bell = bell
        let environment = ProcessInfo.processInfo.environment
        printer = ReplyPrinter(json: false, explain: explain, colour: colour, wraps: true)
        let names = coach.knowledge.exercises.map { $0.name.lowercased() } + Self.otherExerciseNames
        editor = LineEditor(history: HistoryFile(environment: environment, limit: 1000), completions: names + Self.commands)
        if let warning = editor.loadWarning {
            historyProblemShown = true
            Output.error.write("backcoach: warning: " + TextNormalizer.sanitized(warning) + "\n")
        }
        tcgetattr(STDIN_FILENO, &terminalSettings)
        Signals.install()
    }

    /// Adds a line to history; the first time saving fails, says so once on standard error.
    private func remember(_ text: String) {
        editor.remember(text)
        if let problem = editor.lastSaveError, !historyProblemShown {
            historyProblemShown = true
            Output.error.write(Messages.historyNotSaved(problem) + "\n")
        }
    }

    /// Prints a reply and runs any countdown it started.
    func show(_ reply: Reply) {
        present(reply)
        runCountdown()
    }

    /// Prints a reply where the countdown line was, with the bell when a hold just ended.
    private func present(_ reply: Reply) {
        if !drawnLine.isEmpty { clearCountdown() }
        printer.print(reply)
        if bell, reply.holdEnded { Output.standard.write("\u{07}") }
    }

    /// Reads and answers lines until quit, Ctrl-D, or (for `routine`) the routine ends.
    func run(banner: Bool, untilRoutineEnds: Bool = false) {
        if banner { Output.standard.write(TextWrapper.wrap(Messages.banner, width: TerminalSize.width) + "\n\n") }
        while !(untilRoutineEnds && coach.activeRoutine == nil && !coach.awaitsPainRating) {
            switch editor.readLine(prompt: Messages.prompt) {
            case .line(let text):
                let blank = text.allSatisfy(\.isWhitespace)
                if blank && coach.activeRoutine == nil && !coach.awaitsPainRating { continue }
                if !blank { remember(text) }
                let reply = coach.respond(to: text)
                show(reply)
                if reply.endsSession { return }
            case .interrupted:
                if let stopped = coach.interrupt() { show(stopped) }
            case .terminated(let signal):
                terminate(signal)
            case .endOfInput:
                if let summary = coach.endOfInput() { printer.print(summary) }
                Output.standard.write(Messages.goodbye + "\n")
                return
            }
        }
    }

    /// Draws the countdown of timed steps in place and takes keys until a step waits for the person. A command
    /// key (p, s, b, r, q, h) acts after a short pause; typing on turns it into a line, sent with Enter, so "my
    /// groin is numb" reaches the coach whole.
    private func runCountdown() {
        guard let keyboard else { return }
        keyboard.withRawMode {
            while let runner = coach.activeRoutine, let step = runner.current, !runner.awaitingPainChoice,
                  step.isTimed || runner.isPaused {
                draw(runner)
                var replies: [Reply] = []
                if let key = keyboard.nextKey(timeout: 0.1), let reply = handle(key) { replies.append(reply) }
                if let reply = handleSignals(keyboard) { replies.append(reply) }
                if let command = pendingCommand, Date() >= command.deadline, let reply = runPendingCommand() {
                    replies.append(reply)
                }
                if let reply = coach.tick() { replies.append(reply) }
                replies.forEach(present)
                if Output.standard.isClosed { return }
            }
            if !drawnLine.isEmpty { clearCountdown() }
        }
        typedLine = ""
        pendingCommand = nil
    }

    /// Acts on signals during a countdown: Ctrl-C (SIGINT) stops the routine like the key does; SIGTERM or SIGHUP
    /// stop and log it and exit; Ctrl-Z restores the terminal, stops, and on return the stopped time is not counted.
    private func handleSignals(_ keyboard: RawKeyboard) -> Reply? {
        if let signal = Signals.termination { terminate(signal) }
        if Signals.takeResize() { drawnLine = "" }
        var continued = Signals.takeContinue()
        if Signals.takeSuspend() {
            clearCountdown()
            SessionClock.shared.pause()
            Signals.suspend(terminal: terminalSettings)
            SessionClock.shared.resume()
            continued = true
        }
        if continued {
            keyboard.restoreRawMode()
            drawnLine = ""
        }
        return Signals.takeInterrupt() ? handle(.interrupt) : nil
    }

    /// SIGTERM or SIGHUP: clear the countdown, put the terminal back as it was, stop and log a running routine,
    /// and exit with 128 + the signal.
    private func terminate(_ signal: Int32) -> Never {
        if !drawnLine.isEmpty { clearCountdown() }
        tcsetattr(STDIN_FILENO, TCSANOW, &terminalSettings)
        _ = coach.interrupt()
        ExitStatus.exit(128 + signal)
    }

    /// Single keys and the commands they stand for during a countdown.
    static let commandKeys: [Character: String] = [
        "p": "pause", " ": "pause", "s": "skip", "b": "back", "r": "repeat", "q": "stop", "h": "how do I do this?", "?": "how do I do this?",
    ]
    /// How long a command key waits for more typing before it acts.
    static let commandDelay = 0.35

    /// What a key does during a countdown.
    private func handle(_ key: RawKeyboard.Key) -> Reply? {
        switch key {
        case .interrupt, .endOfInput:
            typedLine = ""
            pendingCommand = nil
            return coach.interrupt()
        case .character(let character):
            if typedLine.isEmpty, let command = Self.commandKeys[Character(character.lowercased())] {
                pendingCommand = (command, Date().addingTimeInterval(Self.commandDelay))
            } else {
                pendingCommand = nil
            }
            typedLine.append(character)
            return nil
        case .backspace:
            if !typedLine.isEmpty { typedLine.removeLast() }
            pendingCommand = nil
            return nil
        case .enter:
            if pendingCommand != nil { return runPendingCommand() }
            let line = typedLine
            typedLine = ""
            return line.allSatisfy(\.isWhitespace) ? nil : coach.respond(to: line)
        case .other:
            return nil
        }
    }

    /// Runs the command key typed alone.
    private func runPendingCommand() -> Reply? {
        guard let command = pendingCommand else { return nil }
        pendingCommand = nil
        typedLine = ""
        return coach.respond(to: command.command)
    }

    /// The countdown line, made to fit the terminal as wide as it is now, so it never wraps and is redrawn in place.
    private func draw(_ runner: RoutineRunner) {
        guard let step = runner.current else { return }
        let left = Int((runner.remaining ?? 0).rounded(.up))
        let width = TerminalSize.width
        let shown: String
        if runner.isPaused {
            shown = CountdownLine.paused(secondsLeft: left, typed: typedLine, width: width)
        } else {
            let total = Double(max(1, step.seconds ?? 1))
            let done = (total - (runner.remaining ?? 0)) / total
            shown = CountdownLine.running(phase: step.phase, done: done, secondsLeft: left, typed: typedLine, width: width)
        }
        guard shown != drawnLine else { return }
        drawnLine = shown
        Output.standard.write("\r\u{1B}[2K" + shown)
    }

    /// Clears the countdown line so the next text starts at the left margin.
    private func clearCountdown() {
        Output.standard.write("\r\u{1B}[2K")
        drawnLine = ""
    }
}

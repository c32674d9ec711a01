@preconcurrency import CEditLine
import Foundation

/// Reads lines from an interactive terminal through libedit, with persistent history and tab completion.
///
/// libedit's readline emulation keeps one global editor and one global history, so a process
/// should use a single `LineEditor` at a time; creating a new one replaces the in-memory history.
final class LineEditor {
    /// The history file; nil when history is not persisted.
    let history: HistoryFile?
    /// Why the last attempt to save an entry failed; nil after a successful save.
    private(set) var lastSaveError: String?
    /// Why the history file could not be used when it was loaded, if it could not.
    let loadWarning: String?
    /// The history entries, oldest first, mirroring libedit's history list.
    private var entries: [String] = []

    /// Loads the history file, installs the completion words and prepares libedit.
    init(history: HistoryFile?, completions: [String]) {
        self.history = history
        LibEditBridge.prepare(completer: WordCompleter(candidates: completions))
        clear_history()
        stifle_history(Int32(clamping: max(1, history?.limit ?? 1)))
        let loaded = history?.load()
        entries = loaded?.entries ?? []
        loadWarning = loaded?.warning
        for entry in entries {
            add_history(entry)
        }
    }

    /// Shows prompt, returns the line; Ctrl-C gives `.interrupted`, Ctrl-D on an empty line `.endOfInput`,
    /// SIGTERM or SIGHUP `.terminated`. Ctrl-Z restores the terminal while stopped and redraws on return.
    func readLine(prompt: String) -> LineInput {
        Signals.install()
        _ = Signals.takeInterrupt()
        let (text, broken) = LibEditBridge.readLine(prompt: prompt)
        let interrupted = Signals.takeInterrupt()
        if let signal = Signals.termination {
            LineEditor.moveToFreshLine()
            return .terminated(signal: signal)
        }
        if interrupted {
            LineEditor.moveToFreshLine()
            return .interrupted
        }
        guard let text, !broken else {
            LineEditor.moveToFreshLine()
            return .endOfInput
        }
        return .line(text)
    }

    /// Adds a line to history (skipping blank, over-long and control-character lines and a repeat of the previous
    /// entry) and appends it to the file.
    func remember(_ line: String) {
        guard let history, HistoryFile.isStorable(line), line != entries.last else { return }
        add_history(line)
        entries.append(line)
        if entries.count > history.limit {
            entries.removeFirst(entries.count - history.limit)
        }
        do {
            try history.append(line)
            lastSaveError = nil
        } catch {
            lastSaveError = error.description
        }
    }

    /// Prints a newline when reading from a terminal, so the next output starts on a fresh line.
    private static func moveToFreshLine() {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return }
        fflush(nil)
        _ = write(STDOUT_FILENO, "\n", 1)
    }
}

@preconcurrency import CEditLine
import Foundation
import Synchronization

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
        LineEditor.prepareLibrary()
        completionWords = LineEditor.uniqueCompletions(completions)
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
        inputBroken.store(0, ordering: .sequentiallyConsistent)
        editingSettingsCaptured = false
        settingsBeforeEditingCaptured = tcgetattr(STDIN_FILENO, &settingsBeforeEditing) == 0
        pendingInputByte = nil

        fflush(nil)
        let raw = readline(prompt)
        let interrupted = Signals.takeInterrupt()
        let broken = inputBroken.load(ordering: .sequentiallyConsistent) != 0
        var text: String?
        if let raw {
            text = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
            free(raw)
        }
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

    /// The texts offered by Tab for `word`, the word under the cursor at the end of `lineBeforeCursor`.
    ///
    /// A candidate phrase may start at an earlier word of the line ("clam s" offers "shells" from
    /// "clam shells"); the longest such context that matches wins. Matching ignores case.
    static func completions(forWord word: String, lineBeforeCursor: String, candidates: [String]) -> [String] {
        var line = Array(lineBeforeCursor)
        let typedWord = Array(word)
        if line.count < typedWord.count || !Array(line.suffix(typedWord.count)).elementsEqual(typedWord) {
            line = typedWord
        }
        let wordStart = line.count - typedWord.count
        for start in 0...wordStart {
            let atWordBoundary = start == 0 || line[start - 1].isWhitespace
            guard atWordBoundary, start == wordStart || !line[start].isWhitespace else { continue }
            let typed = line[start...]
            let contextLength = wordStart - start
            var found: [String] = []
            for candidate in candidates {
                let phrase = Array(candidate)
                guard phrase.count >= typed.count,
                      zip(phrase, typed).allSatisfy({ $0.lowercased() == $1.lowercased() }) else { continue }
                let completion = String(phrase[contextLength...])
                if !found.contains(where: { $0.lowercased() == completion.lowercased() }) {
                    found.append(completion)
                }
            }
            if !found.isEmpty {
                return found
            }
        }
        return []
    }

    /// Prints a newline when reading from a terminal, so the next output starts on a fresh line.
    private static func moveToFreshLine() {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return }
        fflush(nil)
        _ = write(STDOUT_FILENO, "\n", 1)
    }

    /// Removes empty and case-insensitively repeated completion words, keeping the first spelling.
    private static func uniqueCompletions(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// Configures libedit once per process: UTF-8 character handling, our input and completion hooks, key bindings.
    private static func prepareLibrary() {
        _ = libraryPrepared
    }

    /// The one-time libedit setup, run lazily by `prepareLibrary`.
    private static let libraryPrepared: Bool = {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        rl_readline_name = UnsafePointer(strdup("backcoach"))
        rl_catch_signals = 0
        rl_getc_function = readInputCharacter
        rl_initialize()
        rl_attempted_completion_function = completeCurrentWord
        rl_completion_entry_function = noFurtherCompletions
        _ = rl_parse_and_bind("bind ^R em-inc-search-prev")
        using_history()
        return true
    }()
}

/// Set when reading the terminal failed (not a plain end of file), meaning it went away.
private let inputBroken = Atomic<Int32>(0)
/// The terminal settings from before libedit switched to its own mode, put back while the process is stopped.
nonisolated(unsafe) private var settingsBeforeEditing = termios()
/// Whether `settingsBeforeEditing` holds the settings of the current line.
nonisolated(unsafe) private var settingsBeforeEditingCaptured = false
/// The raw-mode settings libedit chose for the current line, reapplied after the process is resumed.
nonisolated(unsafe) private var editingSettings = termios()
/// Whether `editingSettings` has been captured for the current line.
nonisolated(unsafe) private var editingSettingsCaptured = false
/// The words and phrases Tab offers; C callbacks cannot capture, so they live here.
nonisolated(unsafe) private var completionWords: [String] = []
/// A byte read ahead while decoding UTF-8 that belongs to the next character.
nonisolated(unsafe) private var pendingInputByte: UInt8?

/// Acts on a suspension, resume or resize reported by `Signals`, from the reading thread.
private func handlePendingTerminalEvents() {
    if Signals.takeResize() {
        rl_resize_terminal()
    }
    var continued = Signals.takeContinue()
    if Signals.takeSuspend() {
        Signals.suspend(terminal: settingsBeforeEditingCaptured ? settingsBeforeEditing : nil)
        continued = true
    }
    if continued, editingSettingsCaptured {
        tcsetattr(STDIN_FILENO, TCSANOW, &editingSettings)
        rl_forced_update_display()
    }
}

/// Reads one byte of terminal input, or nil on interrupt, end of file or a broken terminal.
private func readInputByte() -> UInt8? {
    if let byte = pendingInputByte {
        pendingInputByte = nil
        return byte
    }
    if !editingSettingsCaptured, isatty(STDIN_FILENO) != 0 {
        editingSettingsCaptured = tcgetattr(STDIN_FILENO, &editingSettings) == 0
    }
    let wakeDescriptor = Signals.wakeDescriptor
    while true {
        if Signals.interruptPending || Signals.termination != nil {
            return nil
        }
        handlePendingTerminalEvents()
        var watched = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&watched, wakeDescriptor >= 0 ? 2 : 1, -1)
        if ready < 0 {
            if errno == EINTR || errno == EAGAIN { continue }
            inputBroken.store(1, ordering: .sequentiallyConsistent)
            return nil
        }
        if wakeDescriptor >= 0, watched[1].revents != 0 {
            Signals.drainWakePipe()
            continue
        }
        guard watched[0].revents != 0 else { continue }
        var byte: UInt8 = 0
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 1 { return byte }
        if count == 0 { return nil }
        if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
        inputBroken.store(1, ordering: .sequentiallyConsistent)
        return nil
    }
}

/// libedit input hook: returns one Unicode scalar decoded from UTF-8 (U+FFFD for invalid bytes), or -1 to end the line.
private func readInputCharacter(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    guard let lead = readInputByte() else { return -1 }
    let length: Int
    var value: UInt32
    switch lead {
    case 0x00...0x7F: return Int32(lead)
    case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
    default: return 0xFFFD
    }
    for _ in 1..<length {
        guard let next = readInputByte() else {
            return Signals.interruptPending || Signals.termination != nil ? -1 : 0xFFFD
        }
        guard next & 0xC0 == 0x80 else {
            pendingInputByte = next
            return 0xFFFD
        }
        value = value << 6 | UInt32(next & 0x3F)
    }
    let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    if value < smallest || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
        return 0xFFFD
    }
    return Int32(value)
}

/// libedit completion hook: offers the completion words matching the word being typed.
private func completeCurrentWord(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let word = text.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? ""
    let found = LineEditor.completions(forWord: word, lineBeforeCursor: textBeforeCursor(endingWith: word), candidates: completionWords)
    guard !found.isEmpty else { return nil }
    var items = found
    if found.count > 1 {
        items.insert(commonPrefix(of: found, atLeast: word), at: 0)
    }
    guard let array = calloc(items.count + 1, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)?
        .assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self) else { return nil }
    for (index, item) in items.enumerated() {
        array[index] = strdup(item)
    }
    return array
}

/// The edited line up to the cursor, or just `word` when that cannot be worked out.
///
/// During completion libedit reports `rl_point` in characters (Unicode scalars) while
/// `rl_line_buffer` holds UTF-8; a count in bytes is accepted too, whichever ends with `word`.
private func textBeforeCursor(endingWith word: String) -> String {
    guard let buffer = rl_line_buffer, rl_point >= 0 else { return word }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: strlen(buffer))
    let point = Int(rl_point)
    let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars
    if point <= scalars.count {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars.prefix(point))
        if text.reversed().starts(with: word.unicodeScalars.reversed()) {
            return String(text)
        }
    }
    if point <= bytes.count {
        let text = String(decoding: bytes.prefix(point), as: UTF8.self)
        if text.unicodeScalars.reversed().starts(with: word.unicodeScalars.reversed()) {
            return text
        }
    }
    return word
}

/// The longest case-insensitive common prefix of `texts`, spelled as the first one, or `typed` when that is no longer.
private func commonPrefix(of texts: [String], atLeast typed: String) -> String {
    var prefix = Array(texts[0])
    for text in texts.dropFirst() {
        let shared = zip(prefix, text).prefix { $0.lowercased() == $1.lowercased() }.count
        prefix.removeLast(prefix.count - shared)
    }
    return prefix.count > typed.count ? String(prefix) : typed
}

/// libedit fallback completion hook: offers nothing, so Tab never completes file names.
private func noFurtherCompletions(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    nil
}

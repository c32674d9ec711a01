@preconcurrency import CEditLine
import Foundation
import Synchronization

/// The bridge to libedit's readline emulation: its one-time setup, the input hook (bytes from the terminal,
/// decoded by `UTF8Decoder`, woken by `Signals`), the completion hook (`WordCompleter`) and the terminal
/// settings kept for Ctrl-Z. libedit has one global editor, so the C callbacks reach their state through globals.
enum LibEditBridge {
    /// Configures libedit once per process and sets what Tab offers.
    static func prepare(completer: WordCompleter) {
        _ = libraryPrepared
        currentCompleter = completer
    }

    /// Reads one line at `prompt`; nil at end of input, and whether the terminal broke (not a plain end of file).
    static func readLine(prompt: String) -> (text: String?, broken: Bool) {
        inputBroken.store(0, ordering: .sequentiallyConsistent)
        editingSettingsCaptured = false
        settingsBeforeEditingCaptured = tcgetattr(STDIN_FILENO, &settingsBeforeEditing) == 0
        pendingInputByte = nil
        fflush(nil)
        let raw = readline(prompt)
        var text: String?
        if let raw {
            text = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
            free(raw)
        }
        return (text, inputBroken.load(ordering: .sequentiallyConsistent) != 0)
    }

    /// The one-time libedit setup: UTF-8 character handling, our input and completion hooks, key bindings.
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
/// What Tab offers; C callbacks cannot capture, so it lives here.
nonisolated(unsafe) private var currentCompleter = WordCompleter(candidates: [])
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
    var decoder = UTF8Decoder()
    guard var byte = readInputByte() else { return -1 }
    while true {
        switch decoder.feed(byte) {
        case .scalar(let scalar):
            return Int32(scalar.value)
        case .invalid(let reprocess):
            if reprocess { pendingInputByte = byte }
            return 0xFFFD
        case .needMore:
            guard let next = readInputByte() else {
                return Signals.interruptPending || Signals.termination != nil ? -1 : 0xFFFD
            }
            byte = next
        }
    }
}

/// libedit completion hook: offers the completion words matching the word being typed.
private func completeCurrentWord(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let word = text.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? ""
    let items = currentCompleter.choices(forWord: word, lineBeforeCursor: textBeforeCursor(endingWith: word))
    guard !items.isEmpty else { return nil }
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

/// libedit fallback completion hook: offers nothing, so Tab never completes file names.
private func noFurtherCompletions(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    nil
}

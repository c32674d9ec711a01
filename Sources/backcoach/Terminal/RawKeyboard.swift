import Foundation

/// Single keys from the terminal during a countdown, in raw (non-canonical, no-echo) mode.
final class RawKeyboard {
    /// One decoded key press.
    enum Key: Equatable, Sendable {
        /// A printable character.
        case character(Character)
        /// Return or Enter.
        case enter
        /// Ctrl-C.
        case interrupt
        /// Ctrl-D, or the terminal went away.
        case endOfInput
        /// Backspace or Delete.
        case backspace
        /// Anything else: arrows and other escape sequences, Tab, other control keys.
        case other
    }

    /// The outcome of waiting for one byte.
    private enum ByteRead {
        /// A byte arrived.
        case byte(UInt8)
        /// Nothing arrived in time.
        case timedOut
        /// The input ended or failed.
        case closed
    }

    /// How long to wait for the rest of an escape sequence or UTF-8 character once it has started.
    private static let sequenceGap = 0.05
    /// Bytes read ahead that belong to the next key.
    private var pendingBytes: [UInt8] = []
    /// The raw settings in force inside `withRawMode`, put back after the process was stopped and continued.
    private var rawSettings: termios?

    /// nil when stdin is not a terminal.
    init?() {
        guard isatty(STDIN_FILENO) != 0 else { return nil }
    }

    /// Runs body with the terminal in raw mode (no ICANON, ECHO, ISIG, IEXTEN, IXON), restoring the previous settings afterwards, even on throw.
    func withRawMode<T>(_ body: () throws -> T) rethrows -> T {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return try body() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON)
        withUnsafeMutableBytes(of: &raw.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 1
            controlCharacters[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        rawSettings = raw
        defer {
            rawSettings = nil
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        }
        return try body()
    }

    /// Puts the raw settings back (after the process was stopped and continued); call inside `withRawMode`.
    func restoreRawMode() {
        guard var raw = rawSettings else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    }

    /// Waits up to `timeout` seconds for one key; returns nil on timeout. Call inside `withRawMode`.
    func nextKey(timeout: Double) -> Key? {
        switch readByte(timeout: timeout) {
        case .timedOut:
            return nil
        case .closed:
            return .endOfInput
        case .byte(let byte):
            return decodeKey(startingWith: byte)
        }
    }

    /// Turns the first byte of a key, plus whatever bytes complete it, into a key.
    private func decodeKey(startingWith byte: UInt8) -> Key {
        switch byte {
        case 3:
            return .interrupt
        case 4:
            return .endOfInput
        case 10, 13:
            return .enter
        case 0x08, 0x7F:
            return .backspace
        case 0x1B:
            consumeEscapeSequence()
            return .other
        case 0x20...0x7E:
            return .character(Character(Unicode.Scalar(byte)))
        case 0xC2...0xF4:
            return decodeMultibyteCharacter(lead: byte)
        default:
            return .other
        }
    }

    /// Reads the continuation bytes of a UTF-8 character; invalid or non-printable input gives `.other`.
    private func decodeMultibyteCharacter(lead: UInt8) -> Key {
        var decoder = UTF8Decoder()
        var step = decoder.feed(lead)
        while step == .needMore {
            guard case .byte(let next) = readByte(timeout: RawKeyboard.sequenceGap) else { return .other }
            step = decoder.feed(next)
            if step == .invalid(reprocess: true) { pendingBytes.append(next) }
        }
        guard case .scalar(let scalar) = step, scalar.properties.generalCategory != .control else { return .other }
        return .character(Character(scalar))
    }

    /// Swallows the rest of an escape sequence (CSI, SS3, string sequences, or Alt plus one key).
    private func consumeEscapeSequence() {
        guard case .byte(let introducer) = readByte(timeout: RawKeyboard.sequenceGap) else { return }
        switch introducer {
        case UInt8(ascii: "["):
            for _ in 0..<64 {
                guard case .byte(let next) = readByte(timeout: RawKeyboard.sequenceGap) else { return }
                if (0x40...0x7E).contains(next) { return }
                if !(0x20...0x3F).contains(next) {
                    pendingBytes.append(next)
                    return
                }
            }
        case UInt8(ascii: "O"):
            _ = readByte(timeout: RawKeyboard.sequenceGap)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"):
            var previous: UInt8 = 0
            for _ in 0..<4096 {
                guard case .byte(let next) = readByte(timeout: RawKeyboard.sequenceGap) else { return }
                if next == 7 || (previous == 0x1B && next == UInt8(ascii: "\\")) { return }
                previous = next
            }
        case 0x1B:
            consumeEscapeSequence()
        case 0xC2...0xF4:
            _ = decodeMultibyteCharacter(lead: introducer)
        default:
            return
        }
    }

    /// Waits up to `timeout` seconds for one byte of input; a signal handled by `Signals` ends the wait early.
    private func readByte(timeout: Double) -> ByteRead {
        if !pendingBytes.isEmpty {
            return .byte(pendingBytes.removeFirst())
        }
        let seconds = timeout.isNaN ? 0 : min(max(timeout, 0), 1_000_000_000)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(seconds))
        while true {
            let remaining = clock.now.duration(to: deadline)
            let milliseconds = remaining <= .zero
                ? 0
                : Int32(clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1)
            var watched = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: Signals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&watched, Signals.wakeDescriptor >= 0 ? 2 : 1, milliseconds)
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { return .timedOut }
                return .closed
            }
            if Signals.wakeDescriptor >= 0, watched[1].revents != 0 {
                Signals.drainWakePipe()
                return .timedOut
            }
            if ready == 0 {
                if clock.now < deadline { continue }
                return .timedOut
            }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count == 0 { return .closed }
            if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
            return .closed
        }
    }
}

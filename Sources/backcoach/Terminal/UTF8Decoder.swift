/// The one UTF-8 decoder for terminal input, fed a byte at a time as keys arrive (libedit's input hook and the
/// countdown keyboard both use it): overlong forms, surrogates and values past U+10FFFF are invalid.
struct UTF8Decoder: Sendable {
    /// What one byte produced.
    enum Step: Equatable, Sendable {
        /// A whole character.
        case scalar(Unicode.Scalar)
        /// The character goes on: feed the next byte.
        case needMore
        /// The bytes so far are not UTF-8; when `reprocess` is true the last byte starts the next character and
        /// must be fed again.
        case invalid(reprocess: Bool)
    }

    private var value: UInt32 = 0
    private var length = 0
    private var received = 0

    /// Makes a decoder waiting for the first byte of a character.
    init() {}

    /// Takes the next byte of input.
    mutating func feed(_ byte: UInt8) -> Step {
        guard length > 0 else { return start(byte) }
        guard byte & 0xC0 == 0x80 else {
            length = 0
            return .invalid(reprocess: true)
        }
        value = value << 6 | UInt32(byte & 0x3F)
        received += 1
        guard received == length else { return .needMore }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        length = 0
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return .invalid(reprocess: false) }
        return .scalar(scalar)
    }

    private mutating func start(_ byte: UInt8) -> Step {
        switch byte {
        case 0x00...0x7F: return .scalar(Unicode.Scalar(byte))
        case 0xC2...0xDF: (length, value) = (2, UInt32(byte & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(byte & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(byte & 0x07))
        default: return .invalid(reprocess: false)
        }
        received = 1
        return .needMore
    }
}

@testable import backcoach
import Testing

@Suite("The one UTF-8 decoder for keys")
struct UTF8DecoderTests {
    /// Feeds bytes and collects what came out: characters, and U+FFFD for each invalid stretch.
    static func decode(_ bytes: [UInt8]) -> String {
        var decoder = UTF8Decoder()
        var text = ""
        var queue = bytes[...]
        while let byte = queue.popFirst() {
            switch decoder.feed(byte) {
            case .scalar(let scalar): text.unicodeScalars.append(scalar)
            case .needMore: continue
            case .invalid(let reprocess):
                text += "\u{FFFD}"
                if reprocess { queue.insert(byte, at: queue.startIndex) }
            }
        }
        return text
    }

    @Test("decodes what people type and replaces what is not UTF-8", arguments: [
        (name: "ASCII", bytes: Array("pause".utf8), expected: "pause"),
        (name: "accented", bytes: Array("café".utf8), expected: "café"),
        (name: "three bytes", bytes: Array("€".utf8), expected: "€"),
        (name: "emoji", bytes: Array("🙂".utf8), expected: "🙂"),
        (name: "overlong slash", bytes: [0xC0, 0xAF], expected: "\u{FFFD}\u{FFFD}"),
        (name: "overlong three bytes", bytes: [0xE0, 0x80, 0xAF], expected: "\u{FFFD}"),
        (name: "surrogate", bytes: [0xED, 0xA0, 0x80], expected: "\u{FFFD}"),
        (name: "cut short by ASCII", bytes: [0xC3, 0x41], expected: "\u{FFFD}A"),
        (name: "past U+10FFFF", bytes: [0xF4, 0x90, 0x80, 0x80], expected: "\u{FFFD}"),
    ])
    func decoding(name: String, bytes: [UInt8], expected: String) {
        #expect(Self.decode(bytes) == expected, "\(name)")
    }
}

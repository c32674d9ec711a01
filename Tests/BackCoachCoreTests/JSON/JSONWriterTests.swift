import BackCoachCore
import Foundation
import Testing

/// The JSON writer against Foundation's `JSONEncoder` (sorted keys, slashes unescaped), byte for byte: strings,
/// numbers, and whole replies with routines and explanations.
@Suite("JSON writer")
struct JSONWriterTests {
    private struct Wrapped<Value: Encodable>: Encodable {
        let value: Value
    }

    /// What `JSONEncoder` writes for `{"value": value}`.
    static func encoded(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(Wrapped(value: value)))
    }

    /// What the writer writes for `{"value": …}`.
    static func written(_ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("value")
        body(&writer)
        writer.endObject()
        return writer.bytes
    }

    @Test("Strings are escaped as JSONEncoder escapes them", arguments: [
        ("empty", ""),
        ("plain words", "how many clam shells"),
        ("double quotes", #"say "done" when you're ready"#),
        ("backslashes", #"C:\path\to\"file\\"#),
        ("slashes stay unescaped", "wall sits / clam shells </script> http://x/y"),
        ("newline, tab, carriage return", "one\ntwo\tthree\r\n"),
        ("backspace and form feed", "a\u{08}b\u{0C}c"),
        ("every other control character", (0..<32).map { String(UnicodeScalar(UInt8($0))) }.joined()),
        ("delete and escape", "red \u{1B}[31m and \u{7F} delete"),
        ("accented letters", "café crème naïve"),
        ("combining marks", "cafe\u{301} a\u{308} n\u{303}"),
        ("emoji and flags", "🙂 👩‍👩‍👧 🇬🇧"),
        ("line and paragraph separators", "a\u{2028}b\u{2029}c"),
        ("right-to-left mark and zero-width joiner", "a\u{200F}b\u{200D}c"),
        ("replacement character and a non-character", "\u{FFFD}\u{FFFF}"),
        ("a long line", String(repeating: "hold for 20 s \"then\" rest\\ ", count: 200)),
    ])
    func strings(_ name: String, _ text: String) throws {
        #expect(Self.written { $0.string(text) } == (try Self.encoded(text)), "\(name)")
    }

    @Test("Missing strings and numbers are null", arguments: [true, false])
    func nulls(_ asString: Bool) throws {
        let expected = try Self.encoded(Optional<String>.none)
        #expect(Self.written { asString ? $0.string(nil) : $0.int(nil) } == expected)
    }

    @Test("Decimal numbers are written as JSONEncoder writes them", arguments: [
        0, 1, -1, 0.5, 0.36, 0.1, 0.01, 0.99, 1.0 / 3, 2.0 / 3, 100, 123_456.789, 1e-5, 1.5e-7, 1e16, 1e21, 1.7976931348623157e308,
        -0.0, -2.5, 5e-324,
    ])
    func doubles(_ value: Double) throws {
        #expect(Self.written { $0.double(value) } == (try Self.encoded(value)), "\(value)")
    }

    @Test("Whole numbers are written as JSONEncoder writes them", arguments: [0, 1, -1, 9, 10, 42, -100, 1_000_000, Int.max, Int.min])
    func integers(_ value: Int) throws {
        #expect(Self.written { $0.int(value) } == (try Self.encoded(value)), "\(value)")
    }

    @Test("Booleans, arrays and nested objects are separated as JSONEncoder separates them")
    func structure() throws {
        struct Shape: Encodable {
            let a: [Int]
            let b: Bool
            let c: [[String: Bool]]
        }
        let written = Self.written { writer in
            writer.beginObject()
            writer.key("a")
            writer.beginArray()
            for number in [1, 2, 3] { writer.int(number) }
            writer.endArray()
            writer.key("b")
            writer.bool(false)
            writer.key("c")
            writer.beginArray()
            for flag in [true, false] {
                writer.beginObject()
                writer.key("x")
                writer.bool(flag)
                writer.endObject()
            }
            writer.beginObject()
            writer.endObject()
            writer.endArray()
            writer.endObject()
        }
        #expect(written == (try Self.encoded(Shape(a: [1, 2, 3], b: false, c: [["x": true], ["x": false], [:]]))))
    }

    @Test("A reused writer starts afresh")
    func reuse() throws {
        var writer = JSONWriter()
        writer.string("first")
        writer.removeAll()
        writer.beginArray()
        writer.bool(true)
        writer.endArray()
        #expect(writer.bytes == Array("[true]".utf8))
    }
}

import Foundation
import Testing

/// The golden conversation: thousands of recorded lines (questions, follow-ups, routines, red flags, out of scope,
/// history questions) answered by the real binary through a pipe, byte for byte as recorded. Speed work must never
/// change it; an intended change of answers re-records it with `Golden/record-golden.sh`.
@Suite("Golden conversation")
struct GoldenConversationTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    /// Where two outputs first differ, in words fit for a failure message; nil when they are byte-identical.
    static func firstDifference(expected: [UInt8], actual: [UInt8]) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = lines(expected), actualLines = lines(actual)
        for (index, (wanted, got)) in zip(expectedLines, actualLines).enumerated() where wanted != got {
            return """
                line \(index + 1) differs
                expected: \(String(decoding: wanted, as: UTF8.self))
                actual:   \(String(decoding: got, as: UTF8.self))
                """
        }
        return "expected \(expectedLines.count) lines, got \(actualLines.count); the first \(min(expectedLines.count, actualLines.count)) agree"
    }

    /// The lines of `bytes`, without the empty piece after a final newline.
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        let pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        return pieces.last?.isEmpty == true ? Array(pieces.dropLast()) : pieces
    }

    @Test("The golden input, answered with --json --pace instant from empty folders, is byte-identical to the recording")
    func goldenOutputIsByteIdentical() throws {
        let input = try Data(contentsOf: Self.folder.appending(path: "golden-input.txt"))
        let expected = try Data(contentsOf: Self.folder.appending(path: "golden-output.jsonl"))
        let lines = input.split(separator: 0x0A).count
        #expect(lines >= 3_000)
        let result = try TemporaryHome.with(asksPain: true) { home in
            try BinaryRunner.run(["--json", "--pace", "instant"], input: String(decoding: input, as: UTF8.self),
                                 environment: home.environment.merging(["TZ": "UTC", "LC_ALL": "C"]) { _, new in new },
                                 timeout: 600)
        }
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr.prefix(2_000))")
        let difference = Self.firstDifference(expected: Array(expected), actual: Array(result.stdout.utf8))
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test("A difference is reported by its first line, with both lines", arguments: [
        (expected: "a\nb\nc\n", actual: "a\nB\nc\n", report: "line 2 differs\nexpected: b\nactual:   B"),
        (expected: "a\nb\n", actual: "a\nb\nc\n", report: "expected 2 lines, got 3; the first 2 agree"),
        (expected: "e\u{301}\n", actual: "\u{E9}\n", report: "line 1 differs\nexpected: e\u{301}\nactual:   \u{E9}"),
    ])
    func differenceReport(expected: String, actual: String, report: String) {
        let found = Self.firstDifference(expected: Array(expected.utf8), actual: Array(actual.utf8))
        #expect(found.map { Array($0.utf8) } == Array(report.utf8))
    }
}

import Foundation

/// The floor every figure is shown beside: read a line, lowercase it, split it into words and print them, the
/// least any line-answering program does. `backcoach-benchmark floor` runs it over standard input.
enum FloorLoop {
    /// Reads standard input to the end, printing each line's lowercased words, one line each; returns the number
    /// of lines.
    @discardableResult
    static func run() -> Int {
        var count = 0
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        while let line = readLine(strippingNewline: true) {
            process(line, into: &output)
            count += 1
            if output.count >= 1 << 16 { flush(&output) }
        }
        flush(&output)
        return count
    }

    /// Appends `line`'s lowercased words, separated by spaces, and a newline to `output`.
    static func process(_ line: String, into output: inout [UInt8]) {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        for (index, word) in words.enumerated() {
            if index > 0 { output.append(0x20) }
            output.append(contentsOf: word.utf8)
        }
        output.append(0x0A)
    }

    private static func flush(_ output: inout [UInt8]) {
        var offset = 0
        while offset < output.count {
            let written = output[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { exit(74) }
            offset += written
        }
        output.removeAll(keepingCapacity: true)
    }
}

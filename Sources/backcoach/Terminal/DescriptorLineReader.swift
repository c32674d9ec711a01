import Foundation

/// Reads lines from a file descriptor without stdio buffering, so a caller can wait for the next line with a
/// timeout and keep a countdown running meanwhile. Invalid UTF-8 is replaced, not rejected; an over-long line
/// keeps its first `maximumLineBytes` bytes and the rest is skipped.
final class DescriptorLineReader {
    /// What waiting for a line produced.
    enum Result: Equatable {
        /// A line, without its line ending.
        case line(String)
        /// No complete line arrived in time.
        case timeout
        /// The input ended (or failed) and every line has been returned.
        case end
    }

    /// Most bytes of one line that are kept.
    static let maximumLineBytes = 256 * 1024

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var skippingRestOfLine = false
    private var ended = false

    /// Reads from a descriptor, standard input by default.
    init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    /// The next line; with a timeout, `.timeout` when none is complete in time.
    func nextLine(timeout: Double? = nil) -> Result {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while true {
            if let line = takeLine() { return .line(line) }
            if ended {
                guard !buffer.isEmpty else { return .end }
                defer { buffer.removeAll() }
                return .line(decode(buffer[...]))
            }
            let wait = deadline.map { max(0, Int($0.timeIntervalSinceNow * 1000)) } ?? -1
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(clamping: wait))
            if ready == 0 { return .timeout }
            if ready < 0 {
                if errno == EINTR { continue }
                ended = true
                continue
            }
            fill()
        }
    }

    /// Reads what is available into the buffer.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { return }
        guard count > 0 else {
            ended = true
            return
        }
        for byte in chunk[..<count] {
            if skippingRestOfLine {
                if byte == 0x0A {
                    skippingRestOfLine = false
                    buffer.append(byte)
                }
                continue
            }
            buffer.append(byte)
            if buffer.count > Self.maximumLineBytes, !buffer.contains(0x0A) {
                buffer.append(0x0A)
                skippingRestOfLine = true
            }
        }
    }

    /// Removes and returns the first complete line in the buffer.
    private func takeLine() -> String? {
        guard let newline = buffer.firstIndex(of: 0x0A) else { return nil }
        let line = decode(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return line
    }

    /// Decodes bytes as UTF-8, replacing invalid sequences, without a trailing carriage return.
    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let trimmed = bytes.last == 0x0D ? bytes.dropLast() : bytes
        return String(decoding: trimmed, as: UTF8.self)
    }
}

import BackCoachCore
import Foundation

/// Reads lines from a file descriptor without stdio buffering, so a caller can wait for the next line with a
/// timeout and keep a countdown running meanwhile. Invalid UTF-8 is replaced, not rejected. An over-long line
/// keeps its first `maximumLineBytes` bytes, but all of it is searched for red flags as it streams in: when one
/// is found, the line given back is the stretch that names it, so the coach answers it.
final class DescriptorLineReader {
    /// What waiting for a line produced.
    enum Result: Equatable {
        /// A line, without its line ending.
        case line(String)
        /// No complete line arrived in time, or a signal ended the wait (see `Signals`).
        case timeout
        /// The input ended (or failed) and every line has been returned.
        case end
    }

    /// Most bytes of one line that are kept.
    static let maximumLineBytes = 16 * 1024

    private let descriptor: Int32
    private let matcher: IntentMatcher
    private var lines: [String] = []
    private var current: [UInt8] = []
    private var currentLength = 0
    private var redFlags: RedFlagDetector.Stream?
    private var ended = false

    /// Reads from a descriptor, standard input by default, searching long lines with the matcher's red flags.
    init(descriptor: Int32 = STDIN_FILENO, matcher: IntentMatcher) {
        self.descriptor = descriptor
        self.matcher = matcher
    }

    /// Whether `nextLine` has a line to give without reading or waiting.
    var hasLine: Bool { !lines.isEmpty }

    /// The next line; with a timeout, `.timeout` when none is complete in time.
    func nextLine(timeout: Double? = nil) -> Result {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while true {
            if !lines.isEmpty { return .line(lines.removeFirst()) }
            if ended {
                if currentLength > 0 { endLine() }
                return lines.isEmpty ? .end : .line(lines.removeFirst())
            }
            let wait = deadline.map { max(0, Int($0.timeIntervalSinceNow * 1000)) } ?? -1
            var watched = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: Signals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&watched, Signals.wakeDescriptor >= 0 ? 2 : 1, Int32(clamping: wait))
            if ready == 0 { return .timeout }
            if ready < 0 {
                if errno == EINTR { return .timeout }
                ended = true
                continue
            }
            if Signals.wakeDescriptor >= 0, watched[1].revents != 0 {
                Signals.drainWakePipe()
                return .timeout
            }
            fill()
        }
    }

    /// Reads what is available and splits it into lines.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return }
        guard count > 0 else {
            ended = true
            return
        }
        for byte in chunk[..<count] {
            if byte == 0x0A {
                endLine()
                continue
            }
            currentLength += 1
            if current.count < Self.maximumLineBytes { current.append(byte) }
            if redFlags != nil {
                redFlags?.feed(CollectionOfOne(byte))
            } else if currentLength > TextNormalizer.maximumLineLength {
                redFlags = RedFlagDetector.Stream(matcher: matcher)
                redFlags?.feed(current)
            }
        }
    }

    /// Files the current line: its kept bytes, or the stretch naming a red flag found in it.
    private func endLine() {
        var text = decode(current[...])
        if var search = redFlags {
            search.finish()
            if let window = search.redFlagWindow { text = window }
        }
        lines.append(text)
        current.removeAll(keepingCapacity: true)
        currentLength = 0
        redFlags = nil
    }

    /// Decodes bytes as UTF-8, replacing invalid sequences, without a trailing carriage return.
    private func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let trimmed = bytes.last == 0x0D ? bytes.dropLast() : bytes
        return String(decoding: trimmed, as: UTF8.self)
    }
}

import Foundation

/// Writes text to a file descriptor, and remembers when the reader has gone (a closed pipe) instead of crashing.
final class Output: @unchecked Sendable {
    /// Standard output.
    static let standard = Output(descriptor: STDOUT_FILENO)
    /// Standard error.
    static let error = Output(descriptor: STDERR_FILENO)

    private let descriptor: Int32
    private let lock = NSLock()
    /// Whether a write failed because nobody reads any more.
    private(set) var isClosed = false

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes all of `text`; after a failure, further writes are dropped.
    func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                isClosed = true
                return
            }
            offset += written
        }
        bytes.removeAll()
    }
}

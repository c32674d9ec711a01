import Foundation

/// Writes text to a file descriptor, checking every write: a reader that went away (a closed pipe, `| head`)
/// ends output quietly; any other failure (a full disk, a size limit, an I/O error) is remembered so the
/// program can say so once and exit with `ExitStatus.ioError`.
final class Output: @unchecked Sendable {
    /// Standard output.
    static let standard = Output(descriptor: STDOUT_FILENO, name: "standard output")
    /// Standard error.
    static let error = Output(descriptor: STDERR_FILENO, name: "standard error")

    private let descriptor: Int32
    private let name: String
    private let lock = NSLock()
    /// Whether output has ended: nobody reads any more, or a write failed.
    private(set) var isClosed = false
    /// Why a write failed, when it was not simply a closed pipe.
    private(set) var failure: String?

    private init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Writes all of `text`; after a failure, further writes are dropped.
    func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, 1000)
                    continue
                }
                isClosed = true
                if code != EPIPE { failure = "cannot write to \(name): \(String(cString: strerror(code)))" }
                return
            }
            if written == 0 {
                isClosed = true
                failure = "cannot write to \(name): nothing was written"
                return
            }
            offset += written
        }
    }
}

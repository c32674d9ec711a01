import Foundation

/// Writes text to a file descriptor, checking every write: a reader that went away (a closed pipe, `| head`)
/// ends output quietly; any other failure (a full disk, a size limit, an I/O error) is remembered so the
/// program can say so once and exit with `ExitStatus.ioError`.
///
/// Standard output is buffered when it is not a terminal: bytes are kept and written in blocks of
/// `blockSize`, and whenever `flush()` is called — before the program waits for input, before it stops or exits,
/// and before anything goes to standard error, so the two keep their order. A terminal gets every write at once.
final class Output: @unchecked Sendable {
    /// Standard output: buffered unless it is a terminal.
    static let standard = Output(descriptor: STDOUT_FILENO, name: "standard output", buffered: isatty(STDOUT_FILENO) == 0)
    /// Standard error: never buffered.
    static let error = Output(descriptor: STDERR_FILENO, name: "standard error", buffered: false)

    /// Bytes kept before they are written, when buffered.
    static let blockSize = 64 * 1024

    private let descriptor: Int32
    private let name: String
    private let buffered: Bool
    private let lock = NSLock()
    private var pending: [UInt8] = []
    /// Whether output has ended: nobody reads any more, or a write failed.
    private(set) var isClosed = false
    /// Why a write failed, when it was not simply a closed pipe.
    private(set) var failure: String?

    private init(descriptor: Int32, name: String, buffered: Bool) {
        self.descriptor = descriptor
        self.name = name
        self.buffered = buffered
        if buffered { pending.reserveCapacity(Self.blockSize) }
    }

    /// Writes all of `text` (or keeps it for the next block); after a failure, further writes are dropped.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes all of `bytes` (or keeps them for the next block); after a failure, further writes are dropped.
    func write(_ bytes: UnsafeRawBufferPointer) {
        if !buffered, self !== Output.standard { Output.standard.flush() }
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        guard buffered else { return send(bytes) }
        pending.append(contentsOf: bytes)
        if pending.count >= Self.blockSize { sendPending() }
    }

    /// Writes whatever is kept.
    func flush() {
        lock.lock()
        defer { lock.unlock() }
        sendPending()
    }

    private func sendPending() {
        guard !pending.isEmpty else { return }
        if !isClosed { pending.withUnsafeBytes { send($0) } }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, retrying after interruptions and while a non-blocking descriptor is full.
    private func send(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
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

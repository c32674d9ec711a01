import Foundation

/// A state file (the session log, the history) opened safely: regular files only, never through a symbolic
/// link, never blocking on a FIFO or device; appended as whole lines under an advisory lock.
public final class SafeFile {
    /// Why a state file could not be used, in words fit for a person.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, naming the path.
        public let description: String

        /// A failure described in words.
        public init(description: String) {
            self.description = description
        }
    }

    /// The file's path.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Opens `path` for reading, or for reading and appending (created when missing); nil when it does not exist
    /// and is not to be created. Refuses symbolic links, FIFOs, devices and folders with a clear message.
    public static func open(_ path: String, forAppending: Bool) throws(Failure) -> SafeFile? {
        let access = forAppending ? O_RDWR | O_APPEND | O_CREAT : O_RDONLY
        let descriptor = Foundation.open(path, access | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT, !forAppending { return nil }
            if code == ELOOP { throw Failure(description: "\(path) is a symbolic link; not following it") }
            if code == ENXIO { throw Failure(description: "\(path) is a FIFO or device, not a regular file; not using it") }
            throw Failure(description: "cannot open \(path): \(reason(code))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(description: "cannot open \(path): \(reason(code))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            let kind = status.st_mode & S_IFMT == S_IFDIR ? "a folder" : status.st_mode & S_IFMT == S_IFIFO ? "a FIFO" : "a device"
            throw Failure(description: "\(path) is \(kind), not a regular file; not using it")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return SafeFile(path: path, descriptor: descriptor)
    }

    /// Creates `folder` and its missing parents, but only below `root`, which must already exist (so a missing
    /// home folder is never created).
    public static func createFolders(_ folder: URL, below root: URL?) throws(Failure) {
        let target = folder.standardizedFileURL.path
        var partial = "/"
        if let root {
            let base = root.standardizedFileURL.path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue else {
                throw Failure(description: "the folder \(base) does not exist; not creating it")
            }
            guard target == base || target.hasPrefix(base.hasSuffix("/") ? base : base + "/") else { return }
            partial = base
        }
        for component in target.dropFirst(partial.count).split(separator: "/") {
            partial += (partial.hasSuffix("/") ? "" : "/") + component
            if mkdir(partial, 0o700) != 0, errno != EEXIST {
                throw Failure(description: "cannot create \(partial): \(reason(errno))")
            }
        }
    }

    /// Runs `body` holding an exclusive advisory lock (`flock`) on the file, so concurrent sessions take turns.
    public func withLock<T>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw Failure(description: "cannot lock \(path): \(Self.reason(errno))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// Whether `path` still names this file (another session may have replaced it while this one waited).
    public var isCurrent: Bool {
        var mine = stat(), named = stat()
        guard fstat(descriptor, &mine) == 0, lstat(path, &named) == 0 else { return false }
        return mine.st_dev == named.st_dev && mine.st_ino == named.st_ino
    }

    /// Which file this is and how big: changes when the file is appended to or replaced.
    public struct Identity: Sendable, Hashable {
        /// The device the file is on.
        public let device: UInt64
        /// The file's inode number.
        public let inode: UInt64
        /// The file's size in bytes.
        public let size: Int
    }

    /// The open file's identity now, or nil when it cannot be read.
    public var identity: Identity? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int(status.st_size))
    }

    /// The identity of the file at `path` (not following a symbolic link), or nil when there is none.
    public static func identity(at path: String) -> Identity? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int(status.st_size))
    }

    /// Forces what was written to the file onto the disk (fsync).
    public func synchronize() throws(Failure) {
        guard fsync(descriptor) == 0 else { throw Failure(description: "cannot write \(path): \(Self.reason(errno))") }
    }

    /// The file's size in bytes.
    public var size: Int {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The last `limit` bytes of the file (all of it when smaller).
    public func readTail(limit: Int = .max) throws(Failure) -> [UInt8] {
        var offset = max(0, size - limit)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw Failure(description: "cannot read \(path): \(Self.reason(errno))") }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            offset += count
        }
    }

    /// Appends `lines` (which end in a newline) whole: a newline first when the file does not end in one, and on a
    /// failed or short write the file is cut back to where it was, so no half record is left; then, when `syncing`,
    /// forces them onto the disk. Call under `withLock`.
    public func appendLines(_ lines: [UInt8], syncing: Bool = true) throws(Failure) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(description: "cannot write \(path): \(Self.reason(errno))") }
        let size = status.st_size
        var last: UInt8 = 0x0A
        if size > 0, pread(descriptor, &last, 1, size - 1) != 1 { last = 0 }
        let bytes = (last == 0x0A ? [] : [0x0A]) + lines
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let why = written == 0 ? "nothing was written" : Self.reason(errno)
                _ = ftruncate(descriptor, size)
                throw Failure(description: "cannot write \(path): \(why)")
            }
            offset += written
        }
        if syncing { try synchronize() }
    }

    /// Replaces the file's content by writing a temporary file beside it and renaming it over the path.
    /// Call under `withLock`; sessions waiting for the lock see `isCurrent` false and open the new file.
    public func replace(with bytes: [UInt8]) throws(Failure) {
        let temporary = path + ".\(getpid()).tmp"
        let copy = Foundation.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard copy >= 0 else { throw Failure(description: "cannot write \(temporary): \(Self.reason(errno))") }
        var offset = 0, failure: String?
        while offset < bytes.count, failure == nil {
            let written = bytes[offset...].withUnsafeBytes { write(copy, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { failure = written == 0 ? "nothing was written" : Self.reason(errno) } else { offset += written }
        }
        if failure == nil, fsync(copy) != 0 { failure = Self.reason(errno) }
        close(copy)
        if failure == nil, rename(temporary, path) != 0 { failure = Self.reason(errno) }
        if let failure {
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(failure)")
        }
    }

    /// Renames a damaged file aside (never deletes it) and returns its new path.
    public static func setAside(_ path: String) throws(Failure) -> String {
        let stamp = Int(Date().timeIntervalSince1970)
        let aside = "\(path).damaged-\(stamp)-\(getpid())"
        guard rename(path, aside) == 0 else { throw Failure(description: "cannot rename \(path): \(reason(errno))") }
        return aside
    }

    /// The system's words for an error number.
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

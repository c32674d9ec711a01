import Foundation
import Synchronization

/// The JSON Lines file of past routines: appended as whole lines under a lock, read tolerantly, never followed
/// through a link.
///
/// The file is read once per process: a log value and its copies keep the contents in memory and add each line
/// they append, written to the file before `append` returns, so an answer never reports a record that is not in
/// the file. Each read checks the file's identity (device, inode, size) with one `lstat`, and each append under
/// the lock with one `fstat`; when another process appended in between or replaced the file, it is read again
/// whole, so its records appear at the next history question or append.
public struct SessionLog: Sendable {
    /// Where the log lives.
    public let file: URL
    /// The folder that must already exist; missing folders are created only below it (nil: no such limit).
    public let root: URL?
    /// Whether each line is forced onto the disk (fsync) before `append` returns; when not, it is written (safe from
    /// the process ending) and `synchronizeAll()`, which the program calls before it exits, forces it onto the disk.
    public var syncsEachRecord: Bool
    private let memory = LogMemory()

    /// A log at a file path; missing folders are created only below `root` when one is given.
    public init(file: URL, root: URL? = nil, syncsEachRecord: Bool = true) {
        self.file = file
        self.root = root
        self.syncsEachRecord = syncsEachRecord
    }

    /// The default location: `$XDG_DATA_HOME/backcoach/sessions.jsonl`, else `~/.local/share/backcoach/sessions.jsonl`.
    public static func defaultFile(environment: [String: String]) -> URL {
        defaultLocation(environment: environment).file
    }

    /// The log at the default location, creating folders only inside an existing `$XDG_DATA_HOME` or home folder.
    public static func defaultLocation(environment: [String: String]) -> SessionLog {
        let base: URL, root: URL
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = URL(fileURLWithPath: data, isDirectory: true)
            root = base
        } else {
            root = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory(), isDirectory: true)
            base = root.appending(path: ".local/share")
        }
        return SessionLog(file: base.appending(path: "backcoach/sessions.jsonl"), root: root)
    }

    /// Why the log could not be written or read.
    public struct FileError: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String

        /// Makes an error.
        public init(description: String) {
            self.description = description
        }
    }

    /// Why the log could not be written.
    public typealias WriteError = FileError

    private static let failure = Mutex<String?>(nil)
    private static let unsynchronized = Mutex<Set<String>>([])

    /// Why the last append in this process failed, if one did: the program exits non-zero after saying so.
    public static var lastWriteFailure: String? { failure.withLock { $0 } }

    /// Appends one record as one whole line (after a newline when the file's last line is unfinished), under a lock.
    public func append(_ record: SessionRecord) throws(FileError) {
        try appendLine(record)
    }

    /// Appends one pain check-in as one whole line, under a lock.
    public func append(_ checkIn: PainCheckIn) throws(FileError) {
        try appendLine(checkIn)
    }

    /// Forces the lines appended without `syncsEachRecord` onto the disk; a failure is remembered like a failed
    /// append (`lastWriteFailure`).
    public static func synchronizeAll() {
        for path in unsynchronized.withLock({ paths in defer { paths.removeAll() }; return paths }).sorted() {
            do {
                try SafeFile.open(path, forAppending: false)?.synchronize()
            } catch {
                failure.withLock { $0 = error.description }
            }
        }
    }

    private func appendLine(_ record: some Encodable) throws(FileError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { throw remember(FileError(description: "cannot encode the session")) }
        let line = Array(data)
        do {
            try SafeFile.createFolders(file.deletingLastPathComponent(), below: root)
            guard let log = try SafeFile.open(file.path, forAppending: true) else { return }
            try log.withLock { () throws(SafeFile.Failure) in
                try memory.catchUp(with: log)
                try log.appendLines(line + [0x0A], syncing: syncsEachRecord)
                memory.add(line, identity: log.identity)
            }
        } catch {
            throw remember(FileError(description: error.description))
        }
        if !syncsEachRecord { _ = Self.unsynchronized.withLock { $0.insert(file.path) } }
    }

    private func remember(_ error: FileError) -> FileError {
        Self.failure.withLock { $0 = error.description }
        return error
    }

    /// The records in the file, oldest first, and how many lines could not be read; throws when the file exists
    /// but cannot be read (no permission, a folder, a FIFO, a link). Text fields pass through the display sanitiser.
    public func load() throws(FileError) -> (records: [SessionRecord], unreadable: Int) {
        let contents = try loadAll()
        return (contents.records, contents.unreadable)
    }

    /// The routines and pain check-ins in the file, oldest first, and how many lines could not be read: from memory
    /// while the file is as this process last saw it, else read (under the lock) and kept.
    public func loadAll() throws(FileError) -> LogContents {
        let identity = SafeFile.identity(at: file.path)
        if let known = memory.contents(ifStill: identity) { return known }
        do {
            guard let log = try SafeFile.open(file.path, forAppending: false) else {
                memory.remember(LogContents(), identity: nil)
                return LogContents()
            }
            return try log.withLock { () throws(SafeFile.Failure) -> LogContents in
                try memory.catchUp(with: log)
                return memory.contents(ifStill: log.identity) ?? LogContents()
            }
        } catch {
            throw FileError(description: error.description)
        }
    }

    /// Like `loadAll`, with an unreadable file giving nothing.
    public func readAll() -> LogContents {
        (try? loadAll()) ?? LogContents()
    }

    /// Like `load`, with an unreadable file giving no records.
    public func read() -> (records: [SessionRecord], unreadable: Int) {
        (try? load()) ?? ([], 0)
    }
}

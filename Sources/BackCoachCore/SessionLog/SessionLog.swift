import Foundation
import Synchronization

/// The JSON Lines file of past routines: appended as whole lines under a lock, read tolerantly, never followed
/// through a link.
public struct SessionLog: Sendable {
    /// Where the log lives.
    public let file: URL
    /// The folder that must already exist; missing folders are created only below it (nil: no such limit).
    public let root: URL?

    /// A log at a file path; missing folders are created only below `root` when one is given.
    public init(file: URL, root: URL? = nil) {
        self.file = file
        self.root = root
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

    private func appendLine(_ record: some Encodable) throws(FileError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { throw remember(FileError(description: "cannot encode the session")) }
        do {
            try SafeFile.createFolders(file.deletingLastPathComponent(), below: root)
            guard let log = try SafeFile.open(file.path, forAppending: true) else { return }
            try log.withLock { () throws(SafeFile.Failure) in try log.appendLines(Array(data) + [0x0A]) }
        } catch {
            throw remember(FileError(description: error.description))
        }
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

    /// The routines and pain check-ins in the file, oldest first, and how many lines could not be read.
    public func loadAll() throws(FileError) -> LogContents {
        let bytes: [UInt8]
        do {
            guard let log = try SafeFile.open(file.path, forAppending: false) else { return LogContents() }
            bytes = try log.readTail()
        } catch {
            throw FileError(description: error.description)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var contents = LogContents()
        for line in bytes.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            switch LogLine.decode(Data(line), with: decoder) {
            case .session(let record): contents.records.append(Self.displaySafe(record))
            case .pain(let checkIn): contents.checkIns.append(checkIn)
            case nil: contents.unreadable += 1
            }
        }
        return contents
    }

    /// Like `loadAll`, with an unreadable file giving nothing.
    public func readAll() -> LogContents {
        (try? loadAll()) ?? LogContents()
    }

    /// Like `load`, with an unreadable file giving no records.
    public func read() -> (records: [SessionRecord], unreadable: Int) {
        (try? load()) ?? ([], 0)
    }

    /// The record with escape sequences and control characters removed from every text a file could carry.
    private static func displaySafe(_ record: SessionRecord) -> SessionRecord {
        let clean = { (text: String) in TextNormalizer.sanitized(text) }
        return SessionRecord(
            started: record.started, ended: record.ended, seconds: record.seconds, level: record.level,
            focus: record.focus.map(clean), outcome: record.outcome,
            exercises: record.exercises.map {
                .init(exercise: ExerciseID(clean($0.exercise.rawValue)), dose: clean($0.dose), completedSteps: $0.completedSteps,
                      totalSteps: $0.totalSteps, status: $0.status)
            },
            painReports: record.painReports.map(clean), simulated: record.simulated)
    }
}

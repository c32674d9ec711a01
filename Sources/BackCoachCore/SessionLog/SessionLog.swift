import Foundation

/// The JSON Lines file of past routines: appended atomically, read tolerantly.
public struct SessionLog: Sendable {
    /// Where the log lives.
    public let file: URL

    /// A log at a file path.
    public init(file: URL) {
        self.file = file
    }

    /// The default location: `$XDG_DATA_HOME/backcoach/sessions.jsonl`, else `~/.local/share/backcoach/sessions.jsonl`.
    public static func defaultFile(environment: [String: String]) -> URL {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = URL(fileURLWithPath: data, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appending(path: ".local/share")
        }
        return base.appending(path: "backcoach/sessions.jsonl")
    }

    /// Why the log could not be written.
    public struct WriteError: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// Appends one record as one line, in a single write to a file opened for appending, then syncs it.
    public func append(_ record: SessionRecord) throws(WriteError) {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(record) else { throw WriteError(description: "cannot encode the session") }
        data.append(0x0A)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw WriteError(description: "cannot create \(file.deletingLastPathComponent().path)")
        }
        let descriptor = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(description: "cannot open \(file.path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        guard written == data.count else {
            throw WriteError(description: "cannot write \(file.path): \(String(cString: strerror(errno)))")
        }
        fsync(descriptor)
    }

    /// The records in the file, oldest first, and how many lines could not be read.
    public func read() -> (records: [SessionRecord], unreadable: Int) {
        guard let data = FileManager.default.contents(atPath: file.path) else { return ([], 0) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var records: [SessionRecord] = []
        var unreadable = 0
        for line in data.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            if let record = try? decoder.decode(SessionRecord.self, from: Data(line)) {
                records.append(record)
            } else {
                unreadable += 1
            }
        }
        return (records, unreadable)
    }
}

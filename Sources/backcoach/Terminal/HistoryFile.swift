import BackCoachCore
import Foundation

/// The plain-text history file, one entry a line, shared safely by sessions running at once: each entry is
/// appended whole under a lock, so concurrent sessions merge instead of overwriting each other; the file is
/// trimmed to the newest entries under the same lock. Links, FIFOs and devices are refused; a damaged file
/// is renamed aside, never deleted.
struct HistoryFile {
    /// Where the history lives.
    let file: URL
    /// The folder that must already exist; missing folders are created only below it.
    let root: URL
    /// The most entries kept.
    let limit: Int

    /// Longest entry kept, in bytes; longer lines are not remembered.
    static let maximumEntryBytes = 1024

    /// `$XDG_STATE_HOME/backcoach/history`, else `~/.local/state/backcoach/history`.
    init(environment: [String: String], limit: Int) {
        (file, root) = XDGFolder.state.location(of: "backcoach/history", environment: environment)
        self.limit = limit
    }

    /// Whether a line can be kept: not blank, no control characters, not over the size cap.
    static func isStorable(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        return line.utf8.count <= maximumEntryBytes && scalars.contains { !$0.properties.isWhitespace }
            && !scalars.contains { $0.properties.generalCategory == .control }
    }

    /// The newest entries, reading only the end of a large file, and a warning when the file could not be used.
    func load() -> (entries: [String], warning: String?) {
        var bytes: [UInt8]
        do {
            guard let history = try SafeFile.open(file.path, forAppending: false) else { return ([], nil) }
            bytes = try history.readTail(limit: limit * (Self.maximumEntryBytes + 1))
            if history.size > bytes.count, let firstBreak = bytes.firstIndex(of: 0x0A) { bytes.removeSubrange(...firstBreak) }
        } catch {
            return ([], "history not kept: \(error.description)")
        }
        guard !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil else {
            let aside = (try? SafeFile.setAside(file.path)).map { "renamed to \($0)" } ?? "left as it is"
            return ([], "the history file \(file.path) was damaged (not text); \(aside), starting a new one")
        }
        let lines = bytes.split(separator: 0x0A).map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
        return (Array(lines.filter(Self.isStorable).suffix(limit)), nil)
    }

    /// Appends one entry, then trims the file to the newest `limit` entries when it has grown well past them.
    func append(_ entry: String) throws(SafeFile.Failure) {
        try SafeFile.createFolders(file.deletingLastPathComponent(), below: root)
        for _ in 0..<10 {
            guard let history = try SafeFile.open(file.path, forAppending: true) else { return }
            let appended = try history.withLock { () throws(SafeFile.Failure) -> Bool in
                guard history.isCurrent else { return false }
                try history.appendLines(Array((entry + "\n").utf8))
                guard history.size > limit * Self.maximumEntryBytes / 4 else { return true }
                let lines = try history.readTail().split(separator: 0x0A)
                if lines.count > limit { try history.replace(with: lines.suffix(limit).flatMap { $0 + [0x0A] }) }
                return true
            }
            if appended { return }
        }
        throw SafeFile.Failure(description: "\(file.path) keeps being replaced by another session")
    }
}

import Foundation

/// The settings file, `$XDG_CONFIG_HOME/backcoach/settings` (default `~/.config/backcoach/settings`): read
/// tolerantly (a missing file gives the defaults), written whole.
public struct SettingsFile: Sendable {
    /// Where the file lives.
    public let file: URL
    /// The folder that must already exist; missing folders are created only below it (nil: no such limit).
    public let root: URL?

    /// A settings file at a path.
    public init(file: URL, root: URL? = nil) {
        self.file = file
        self.root = root
    }

    /// The settings, and one warning naming the invalid lines (ignored) or saying why the file could not be read
    /// (the defaults are used); nil when all is well.
    public func load(knowledge: KnowledgeBase = .article) -> (settings: CoachSettings, warning: String?) {
        let bytes: [UInt8]
        do {
            guard let handle = try SafeFile.open(file.path, forAppending: false) else { return (CoachSettings(), nil) }
            bytes = try handle.readTail(limit: Self.maximumSize)
        } catch {
            return (CoachSettings(), error.description)
        }
        let (settings, invalid) = CoachSettings.parse(String(decoding: bytes, as: UTF8.self), knownExercises: Set(knowledge.exercises.map(\.id)))
        return (settings, invalid.isEmpty ? nil : Messages.invalidSettings(file: file.path, lines: invalid))
    }

    /// Writes the settings, replacing the file.
    public func save(_ settings: CoachSettings) throws(SessionLog.FileError) {
        do {
            try SafeFile.createFolders(file.deletingLastPathComponent(), below: root)
        } catch {
            throw SessionLog.FileError(description: error.description)
        }
        do {
            try Data(settings.text.utf8).write(to: file, options: .atomic)
        } catch {
            throw SessionLog.FileError(description: error.localizedDescription)
        }
    }

    /// The most of the file that is read.
    static let maximumSize = 64 * 1024
}

import BackCoachCore
import Foundation

/// Shared objects for the core tests: the built-in intents, fresh coaches, the repository's folders.
enum Fixtures {
    /// The built-in intent set, loaded once.
    static let intents: IntentSet = {
        do { return try EmbeddedIntents.load() } catch { fatalError("built-in intents do not load: \(error)") }
    }()

    /// A matcher over the built-in intents.
    static let matcher = IntentMatcher(intents: intents)

    /// The repository's root folder, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's `Intents/` folder.
    static let intentsFolder = repository.appending(path: "Intents")

    /// A coach with a virtual clock, instant pace and an optional log.
    static func coach(pace: Pace = .instant, clock: VirtualClock = VirtualClock(), log: SessionLog? = nil) -> Coach {
        Coach(intents: intents, clock: clock, pace: pace, log: log)
    }

    /// The one folder of this test process that holds every temporary folder; removed when the process exits,
    /// so a test that forgets to clean up leaves nothing in the temporary directory.
    private static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appending(path: "backcoach-tests-\(getpid())-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: Fixtures.temporaryRoot) }
        return root
    }()

    /// A fresh temporary folder inside `temporaryRoot`; the caller may remove it with `FileManager.removeItem`.
    static func temporaryFolder() throws -> URL {
        let folder = temporaryRoot.appending(path: UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Copies the repository's intent folder into a temporary folder, for tests that change it.
    static func copyOfIntents() throws -> URL {
        let folder = try temporaryFolder().appending(path: "Intents")
        try FileManager.default.copyItem(at: intentsFolder, to: folder)
        return folder
    }
}

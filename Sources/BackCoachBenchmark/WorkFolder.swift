import Foundation

/// The benchmark's own temporary folder (`/tmp/bcbench-XXXXXX`): inputs, outputs, synthetic intent
/// sets and a fresh, empty home for every run of the program, so no run reads another's session log. Removed,
/// by its exact path, when the benchmark ends.
final class WorkFolder {
    /// The folder.
    let url: URL
    private var homes = 0

    /// Makes the folder.
    init() throws {
        var template = Array("/tmp/bcbench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ChildRun.Failure(description: "cannot make a temporary folder: \(String(cString: strerror(errno)))") }
        url = URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    /// A file in the folder.
    func file(_ name: String) -> String { url.appending(path: name).path }

    /// An environment with a new empty home and XDG folders, UTC and the C locale.
    func freshEnvironment() throws -> [String: String] {
        homes += 1
        let home = url.appending(path: "home-\(homes)")
        var environment = ["PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C", "HOME": home.path]
        for (variable, name) in [("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config")] {
            let folder = home.appending(path: name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            environment[variable] = folder.path
        }
        return environment
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

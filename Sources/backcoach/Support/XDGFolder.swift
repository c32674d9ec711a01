import BackCoachCore
import Foundation

/// The XDG base folders (state, data, config): `$XDG_STATE_HOME` or `~/.local/state`, `$XDG_DATA_HOME` or
/// `~/.local/share`, `$XDG_CONFIG_HOME` or `~/.config`. A relative XDG variable is ignored, as the specification says.
enum XDGFolder {
    case state, data, config

    /// A file under this base folder, and the existing folder below which missing folders may be created.
    func location(of path: String, environment: [String: String]) -> (file: URL, root: URL) {
        if let base = environment[variable], base.hasPrefix("/") {
            let root = URL(fileURLWithPath: base, isDirectory: true)
            return (root.appending(path: path), root)
        }
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory(), isDirectory: true)
        return (home.appending(path: fallback).appending(path: path), home)
    }

    private var variable: String {
        switch self {
        case .state: "XDG_STATE_HOME"
        case .data: "XDG_DATA_HOME"
        case .config: "XDG_CONFIG_HOME"
        }
    }

    private var fallback: String {
        switch self {
        case .state: ".local/state"
        case .data: ".local/share"
        case .config: ".config"
        }
    }
}

extension XDGFolder {
    /// The session log: `$XDG_DATA_HOME/backcoach/sessions.jsonl`, else `~/.local/share/backcoach/sessions.jsonl`.
    static func sessionLog(environment: [String: String]) -> SessionLog {
        let (file, root) = XDGFolder.data.location(of: "backcoach/sessions.jsonl", environment: environment)
        return SessionLog(file: file, root: root)
    }
}

extension XDGFolder {
    /// The settings file: `$XDG_CONFIG_HOME/backcoach/settings`, else `~/.config/backcoach/settings`.
    static func settingsFile(environment: [String: String]) -> SettingsFile {
        let (file, root) = XDGFolder.config.location(of: "backcoach/settings", environment: environment)
        return SettingsFile(file: file, root: root)
    }
}

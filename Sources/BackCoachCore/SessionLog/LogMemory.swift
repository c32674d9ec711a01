import Synchronization

/// The session log as this process knows it: the file's contents, read once, then kept up to date with every line
/// the process appends, and the identity (device, inode, size) of the file they describe. When the file's
/// identity no longer matches — another process appended to it, or it was replaced — it is read again.
final class LogMemory: Sendable {
    private struct State: Sendable {
        var contents: LogContents?
        var identity: SafeFile.Identity?
    }

    private let state = Mutex(State())

    /// The contents, when they describe the file whose identity is `identity`.
    func contents(ifStill identity: SafeFile.Identity?) -> LogContents? {
        state.withLock { $0.identity == identity ? $0.contents : nil }
    }

    /// Remembers `contents` as those of the file whose identity is `identity`.
    func remember(_ contents: LogContents, identity: SafeFile.Identity?) {
        state.withLock { $0 = State(contents: contents, identity: identity) }
    }

    /// Reads `file` again unless the contents already describe it as it is. Call under the file's lock.
    func catchUp(with file: SafeFile) throws(SafeFile.Failure) {
        let identity = file.identity
        guard contents(ifStill: identity) == nil else { return }
        remember(LogContents(parsing: try file.readTail()), identity: identity)
    }

    /// Adds a line this process appended, as reading it back would, and the file's identity after it.
    func add(_ line: [UInt8], identity: SafeFile.Identity?) {
        state.withLock { state in
            var contents = state.contents ?? LogContents()
            contents.add(line[...], with: LogContents.decoder())
            state = State(contents: contents, identity: identity)
        }
    }
}

/// What one request for a line produced.
enum LineInput: Equatable, Sendable {
    /// The text typed, without the newline.
    case line(String)
    /// Ctrl-C: the line was cleared; the caller keeps the session.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
    /// SIGTERM or SIGHUP arrived: the session must stop cleanly and exit.
    case terminated(signal: Int32)
}

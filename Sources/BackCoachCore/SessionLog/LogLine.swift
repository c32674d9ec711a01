import Foundation

/// One line of the session log: a routine or a pain check-in. Lines carry `kind` and `version`; lines written
/// before version 2 have neither and are routines.
public enum LogLine: Sendable, Hashable {
    /// The version of the log format this build writes.
    public static let version = 2

    /// What a line holds, as its `kind` field says.
    public enum Kind: String, Sendable {
        /// A routine (`SessionRecord`); the kind of every line without one.
        case session
        /// A pain rating (`PainCheckIn`).
        case pain
    }

    /// A routine.
    case session(SessionRecord)
    /// A pain rating.
    case pain(PainCheckIn)

    private struct Header: Decodable {
        let kind: String?
    }

    /// Reads one line; nil when it is not a line this build understands.
    static func decode(_ data: Data, with decoder: JSONDecoder) -> LogLine? {
        guard let header = try? decoder.decode(Header.self, from: data) else { return nil }
        switch Kind(rawValue: header.kind ?? Kind.session.rawValue) {
        case .session: return (try? decoder.decode(SessionRecord.self, from: data)).map(LogLine.session)
        case .pain: return (try? decoder.decode(PainCheckIn.self, from: data)).map(LogLine.pain)
        case nil: return nil
        }
    }
}

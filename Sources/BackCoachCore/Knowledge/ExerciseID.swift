/// An exercise's id, as the knowledge base, intent files and `--json` spell it: `clam-shell`.
public struct ExerciseID: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id as written.
    public let rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps an id.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// An id written in code.
    public init(stringLiteral value: String) { rawValue = value }

    /// The id as written.
    public var description: String { rawValue }

    /// Orders ids alphabetically.
    public static func < (lhs: ExerciseID, rhs: ExerciseID) -> Bool { lhs.rawValue < rhs.rawValue }
}

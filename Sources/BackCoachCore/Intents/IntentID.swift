/// An intent's name, as intent files and `--json` spell it: `dose`, `routine-stop`.
public struct IntentID: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as written.
    public let rawValue: String

    /// Wraps a name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a name.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// A name written in code.
    public init(stringLiteral value: String) { rawValue = value }

    /// The name as written.
    public var description: String { rawValue }

    /// Orders names alphabetically, to settle ties the same way every time.
    public static func < (lhs: IntentID, rhs: IntentID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The label of lines that must not be answered.
    public static let outOfScope: IntentID = "out-of-scope"
    /// The label of a reply that asks which of two readings was meant.
    public static let askBack: IntentID = "ask-back"
    /// How to do an exercise: shown on "how do I do this?" in a routine.
    public static let howTo: IntentID = "how-to"
    /// Why an exercise helps; asked about a target it does not help, the coach says so.
    public static let benefits: IntentID = "benefits"
    /// Which exercise helps a target: also the answer to a bare target.
    public static let recommend: IntentID = "recommend"
    /// What an exercise is: also the answer to a bare exercise name.
    public static let overview: IntentID = "overview"
    /// Starting a routine, as `backcoach routine` reports it.
    public static let startRoutine: IntentID = "start-routine"
}

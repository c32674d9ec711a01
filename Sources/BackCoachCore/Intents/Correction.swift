/// A typed word the matcher read as a known word: "clamshels" as "clamshell".
public struct Correction: Sendable, Hashable, Codable {
    /// The word as typed.
    public let typed: String
    /// The known word it was read as.
    public let understood: String

    /// Makes a correction.
    public init(typed: String, understood: String) {
        self.typed = typed
        self.understood = understood
    }
}

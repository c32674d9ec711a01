/// The side or leg a routine step works.
public enum Side: String, Sendable, Hashable, Codable {
    /// The left side or leg.
    case left
    /// The right side or leg.
    case right
}

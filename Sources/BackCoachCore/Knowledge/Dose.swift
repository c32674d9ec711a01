/// How much of an exercise the article prescribes, with the ranges the routine builder must stay inside.
public struct Dose: Sendable, Hashable {
    /// Repetitions per set (or per side when `perSide` is set), when the article gives them.
    public let reps: ClosedRange<Int>?
    /// Seconds to hold each repetition, when the article gives a figure.
    public let holdSeconds: ClosedRange<Int>?
    /// How many times to repeat a hold, when the article gives it.
    public let times: ClosedRange<Int>?
    /// Seconds of rest between repetitions, when the article gives it.
    public let restSeconds: Int?
    /// Whether the dose is per side or per leg.
    public let sides: Sides
    /// The dose as the coach says it, traced to the article.
    public let facts: [Fact]

    /// Which sides an exercise is done on.
    public enum Sides: String, Sendable, Hashable, Codable {
        /// One side only, no left or right.
        case none
        /// Left side, then right side.
        case eachSide = "each side"
        /// Left leg, then right leg.
        case eachLeg = "each leg"
    }
}

/// How hard a routine is: it picks the dose inside the article's ranges.
public enum RoutineLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// The low end of every range.
    case beginner
    /// The middle of every range.
    case intermediate
    /// The top of every range, never beyond it.
    case advanced

    /// The level below, or nil at the bottom.
    public var previous: RoutineLevel? {
        switch self {
        case .beginner: nil
        case .intermediate: .beginner
        case .advanced: .intermediate
        }
    }

    /// The next level up, or nil at the top.
    public var next: RoutineLevel? {
        switch self {
        case .beginner: .intermediate
        case .intermediate: .advanced
        case .advanced: nil
        }
    }
}

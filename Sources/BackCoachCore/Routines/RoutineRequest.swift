/// What a person asked for when starting a routine.
public struct RoutineRequest: Sendable, Hashable {
    /// A target id (`hips`) or an exercise id (`clam-shell`) to focus on; nil for a full session.
    public var focus: String?
    /// The level; nil lets the builder use beginner.
    public var level: RoutineLevel?
    /// A time limit in minutes.
    public var minutes: Int?

    /// Makes a request.
    public init(focus: String? = nil, level: RoutineLevel? = nil, minutes: Int? = nil) {
        self.focus = focus
        self.level = level
        self.minutes = minutes
    }
}

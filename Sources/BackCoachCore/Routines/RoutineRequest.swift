/// What a person asked for when starting a routine.
public struct RoutineRequest: Sendable, Hashable {
    /// Target ids (`hips`) and exercise ids (`clam-shell`) to focus on, in the order asked; empty for a full session.
    public var focuses: [String]
    /// The level; nil lets the builder use beginner.
    public var level: RoutineLevel?
    /// A time limit in minutes.
    public var minutes: Int?
    /// Exercises left out unless named as a focus (the settings' exclusions).
    public var excluded: Set<ExerciseID> = []
    /// Levels for single exercises, set by feedback; they override `level` for those exercises.
    public var exerciseLevels: [ExerciseID: RoutineLevel] = [:]

    /// The focus as one id, or the ids joined by ", " when there are several; nil for a full session. Setting it
    /// replaces every focus.
    public var focus: String? {
        get { focuses.isEmpty ? nil : focuses.joined(separator: ", ") }
        set { focuses = newValue.map { [$0] } ?? [] }
    }

    /// Makes a request with at most one focus.
    public init(focus: String? = nil, level: RoutineLevel? = nil, minutes: Int? = nil) {
        self.init(focuses: focus.map { [$0] } ?? [], level: level, minutes: minutes)
    }

    /// Makes a request with any number of focuses.
    public init(focuses: [String], level: RoutineLevel? = nil, minutes: Int? = nil) {
        self.focuses = focuses
        self.level = level
        self.minutes = minutes
    }
}

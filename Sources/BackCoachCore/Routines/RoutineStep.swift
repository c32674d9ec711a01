/// One step of a routine: a hold, a set of reps or a rest, for one side.
public struct RoutineStep: Sendable, Hashable, Codable {
    /// The exercise's id.
    public let exercise: ExerciseID
    /// Position of the exercise in the routine, from 1.
    public let exerciseNumber: Int
    /// How many exercises the routine has.
    public let exerciseCount: Int
    /// The side or leg, when the exercise is done per side.
    public let side: Side?
    /// Hold, reps or rest.
    public let phase: StepPhase
    /// Seconds for a timed hold or rest; nil for steps that wait for "done".
    public let seconds: Int?
    /// Repetitions for a reps step.
    public let reps: Int?
    /// Which repetition of a repeated hold this is, from 1 (wall sit 2 of 2).
    public let round: Int
    /// How many repetitions of the hold there are on this side.
    public let rounds: Int

    /// Whether the step runs on a timer.
    public var isTimed: Bool { seconds != nil }
}

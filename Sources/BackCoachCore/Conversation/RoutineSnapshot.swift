/// The active routine step as scripts see it in `--json`.
public struct RoutineSnapshot: Sendable, Hashable, Codable {
    /// The exercise's id.
    public let exercise: ExerciseID
    /// The exercise's display name.
    public let name: String
    /// The step's number among all steps, from 1.
    public let step: Int
    /// How many steps the routine has.
    public let of: Int
    /// The exercise's number in the routine, from 1.
    public let exerciseNumber: Int
    /// How many exercises the routine has.
    public let exerciseCount: Int
    /// `left`, `right` or nil.
    public let side: Side?
    /// `ready`, `hold`, `reps`, `rest` or `paused`.
    public let phase: String
    /// Seconds left on a timed step; nil for steps that wait for "done".
    public let remaining: Int?
    /// Repetitions for a reps step.
    public let reps: Int?

    enum CodingKeys: String, CodingKey {
        case exercise, name, step, of, side, phase, remaining, reps
        case exerciseNumber = "exercise_number"
        case exerciseCount = "exercise_count"
    }

    /// Encodes every key, with null for absent values, so scripts can rely on the keys being there.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(exercise, forKey: .exercise)
        try container.encode(name, forKey: .name)
        try container.encode(step, forKey: .step)
        try container.encode(of, forKey: .of)
        try container.encode(exerciseNumber, forKey: .exerciseNumber)
        try container.encode(exerciseCount, forKey: .exerciseCount)
        try container.encode(side, forKey: .side)
        try container.encode(phase, forKey: .phase)
        try container.encode(remaining, forKey: .remaining)
        try container.encode(reps, forKey: .reps)
    }

    /// The snapshot of a runner's current step, or nil when none runs.
    public init?(_ runner: RoutineRunner?, knowledge: KnowledgeBase) {
        guard let runner, let step = runner.current else { return nil }
        exercise = step.exercise
        name = knowledge.exercise(id: step.exercise)?.name ?? step.exercise.rawValue
        self.step = runner.index + 1
        of = runner.steps.count
        exerciseNumber = step.exerciseNumber
        exerciseCount = step.exerciseCount
        side = step.side
        phase = runner.isPaused ? "paused" : step.phase.rawValue
        remaining = runner.remaining.map { Int($0.rounded(.up)) }
        reps = step.reps
    }
}

import Foundation

/// One routine as the session log keeps it: when, what, the doses, and how each exercise went.
public struct SessionRecord: Sendable, Hashable, Codable {
    /// How one exercise of the routine went.
    public struct ExerciseResult: Sendable, Hashable, Codable {
        /// The exercise's id.
        public let exercise: ExerciseID
        /// The dose as planned: "20 reps each side", "2 × 20 s hold, 30 s rest".
        public let dose: String
        /// Steps finished.
        public let completedSteps: Int
        /// Steps in the plan.
        public let totalSteps: Int
        /// How it went.
        public let status: ExerciseStatus

        /// Makes a result.
        public init(exercise: ExerciseID, dose: String, completedSteps: Int, totalSteps: Int, status: ExerciseStatus) {
            self.exercise = exercise
            self.dose = dose
            self.completedSteps = completedSteps
            self.totalSteps = totalSteps
            self.status = status
        }
    }

    /// When the routine started.
    public let started: Date
    /// When it ended.
    public let ended: Date
    /// Seconds it took, pauses included.
    public let seconds: Int
    /// The level of the doses.
    public let level: RoutineLevel
    /// The focus, if any.
    public let focus: String?
    /// How the routine ended.
    public let outcome: SessionOutcome
    /// Each exercise and how it went.
    public let exercises: [ExerciseResult]
    /// What the person said when they reported pain.
    public let painReports: [String]
    /// Whether the routine ran on a virtual clock (a script, `--pace instant`): a simulation, never counted as
    /// exercise done — not in progress advice, "last time" or streaks.
    public let simulated: Bool

    /// Makes a record.
    public init(
        started: Date, ended: Date, seconds: Int, level: RoutineLevel, focus: String?, outcome: SessionOutcome,
        exercises: [ExerciseResult], painReports: [String], simulated: Bool = false
    ) {
        self.simulated = simulated
        self.started = started
        self.ended = ended
        self.seconds = seconds
        self.level = level
        self.focus = focus
        self.outcome = outcome
        self.exercises = exercises
        self.painReports = painReports
    }

    private enum CodingKeys: String, CodingKey {
        case kind, version, started, ended, seconds, level, focus, outcome, exercises, painReports, simulated
    }

    /// Writes a record with its kind and the log format's version.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(LogLine.Kind.session.rawValue, forKey: .kind)
        try container.encode(LogLine.version, forKey: .version)
        try container.encode(started, forKey: .started)
        try container.encode(ended, forKey: .ended)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(focus, forKey: .focus)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(exercises, forKey: .exercises)
        try container.encode(painReports, forKey: .painReports)
        try container.encode(simulated, forKey: .simulated)
    }

    /// Reads a record; lines written before `simulated` existed read as real sessions, lines before version 2 have no kind.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        started = try container.decode(Date.self, forKey: .started)
        ended = try container.decode(Date.self, forKey: .ended)
        seconds = try container.decode(Int.self, forKey: .seconds)
        level = try container.decode(RoutineLevel.self, forKey: .level)
        focus = try container.decodeIfPresent(String.self, forKey: .focus)
        outcome = try container.decode(SessionOutcome.self, forKey: .outcome)
        exercises = try container.decode([ExerciseResult].self, forKey: .exercises)
        painReports = try container.decode([String].self, forKey: .painReports)
        simulated = try container.decodeIfPresent(Bool.self, forKey: .simulated) ?? false
    }

    /// Whether every exercise was completed.
    public var isCompleted: Bool { outcome == .completed }
}

/// A routine the builder made: which exercises, at what dose, in what order, expanded into steps.
public struct RoutinePlan: Sendable, Hashable, Codable {
    /// One exercise of the plan with its dose.
    public struct Item: Sendable, Hashable, Codable {
        /// The exercise's id.
        public let exercise: ExerciseID
        /// Reps per side, for rep exercises.
        public let reps: Int?
        /// Seconds per hold, for timed holds.
        public let holdSeconds: Int?
        /// Holds per side.
        public let rounds: Int
        /// Seconds of rest between holds.
        public let restSeconds: Int?
        /// Whether it is done on each side or leg.
        public let sides: [Side?]
        /// How the dose names its sides: none, each side or each leg.
        public let perSide: Dose.Sides
        /// Whether the number of holds comes from the article (false for wall sits, whose rep count it omits).
        public let roundsFromArticle: Bool

        /// The dose in words, as the log and summaries show it: "20 reps each side", "2 × 20 s hold, 30 s rest between".
        public var doseDescription: String {
            Messages.dose(reps: reps, holdSeconds: holdSeconds, rounds: rounds, restSeconds: restSeconds, perSide: perSide,
                          roundsFromArticle: roundsFromArticle)
        }
    }

    /// The exercises, in order.
    public let items: [Item]
    /// The level the doses come from.
    public let level: RoutineLevel
    /// The target or exercise the routine focuses on, if any.
    public let focus: String?
    /// The time limit asked for, in minutes.
    public let minutes: Int?
    /// Estimated length in seconds, for fitting a time limit.
    public let estimatedSeconds: Int

    /// Seconds of the get-ready count before each timed hold and at each change of side (a standard cue).
    public static let getReadySeconds = 5

    /// The plan expanded into the steps the runner walks through: a get-ready count before each timed hold and at
    /// each change of side or leg, rests between repeated holds.
    public var steps: [RoutineStep] {
        var steps: [RoutineStep] = []
        for (index, item) in items.enumerated() {
            for (sideNumber, side) in item.sides.enumerated() {
                for round in 1...max(1, item.rounds) {
                    func step(_ phase: StepPhase, seconds: Int?, round: Int) -> RoutineStep {
                        RoutineStep(
                            exercise: item.exercise, exerciseNumber: index + 1, exerciseCount: items.count, side: side,
                            phase: phase, seconds: seconds, reps: phase == .reps ? item.reps : nil, round: round, rounds: item.rounds)
                    }
                    if round > 1, let rest = item.restSeconds { steps.append(step(.rest, seconds: rest, round: round - 1)) }
                    let work = step(item.reps != nil ? .reps : .hold, seconds: item.holdSeconds, round: round)
                    if work.isTimed || (round == 1 && sideNumber > 0) {
                        steps.append(step(.getReady, seconds: Self.getReadySeconds, round: round))
                    }
                    steps.append(work)
                }
            }
        }
        return steps
    }
}

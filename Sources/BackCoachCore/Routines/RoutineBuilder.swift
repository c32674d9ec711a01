/// Builds routines from the knowledge base: strength first, stretches after, the reclining twist to cool down,
/// with doses inside the article's ranges.
public struct RoutineBuilder: Sendable {
    /// Wall-sit reps per session: the article gives none, and "rest in between reps" needs at least two.
    public static let wallSitReps = 2
    /// Estimated seconds per repetition of a rep exercise, for fitting a time limit only.
    static let secondsPerRep: [ExerciseID: Int] = ["partial-crunch": 5, "clam-shell": 3]
    /// Estimated seconds for an untimed hold (the reclining twist), for fitting a time limit only.
    static let untimedHoldEstimate = 45
    /// Estimated seconds to get into position for each step, for fitting a time limit only.
    static let setUpEstimate = 10

    /// The knowledge base the doses come from.
    public let knowledge: KnowledgeBase

    /// Makes a builder over a knowledge base.
    public init(knowledge: KnowledgeBase = .article) {
        self.knowledge = knowledge
    }

    /// Why a request cannot be built.
    public enum BuildError: Error, Equatable, Sendable {
        /// The focus is neither an exercise nor a target any exercise helps.
        case unknownFocus(String)
        /// The time limit is too short even for one exercise.
        case tooShort(minutes: Int, shortestSeconds: Int)
        /// Every exercise the request would hold is left out.
        case allExcluded
    }

    /// Builds a plan for a request.
    public func build(_ request: RoutineRequest) throws(BuildError) -> RoutinePlan {
        let level = request.level ?? .beginner
        var chosen: [Exercise] = request.focuses.isEmpty ? knowledge.exercises : []
        for focus in request.focuses {
            let matching = knowledge.exercise(id: ExerciseID(focus)).map { [$0] } ?? knowledge.exercises(forTarget: focus)
            guard !matching.isEmpty else { throw .unknownFocus(focus) }
            chosen += matching.filter { exercise in !chosen.contains { $0.id == exercise.id } }
        }
        chosen.removeAll { request.excluded.contains($0.id) && !request.focuses.contains($0.id.rawValue) }
        guard !chosen.isEmpty else { throw .allExcluded }
        chosen.sort { Self.order($0.kind) < Self.order($1.kind) }
        var items = chosen.map { item(for: $0, level: request.exerciseLevels[$0.id] ?? level) }
        if let minutes = request.minutes {
            let budget = min(max(minutes, 0), 24 * 60) * 60
            while estimate(items) > budget, items.count > 1 {
                items.remove(at: Self.leastNeeded(in: items, focuses: request.focuses))
            }
            if estimate(items) > budget { throw .tooShort(minutes: minutes, shortestSeconds: estimate(items)) }
        }
        return RoutinePlan(items: items, level: level, focus: request.focus, minutes: request.minutes, estimatedSeconds: estimate(items))
    }

    /// The dose of one exercise at a level, inside the article's ranges.
    public func item(for exercise: Exercise, level: RoutineLevel) -> RoutinePlan.Item {
        let dose = exercise.dose
        let sides: [Side?] = dose.sides == .none ? [nil] : [.left, .right]
        if let reps = dose.reps {
            return .init(exercise: exercise.id, reps: Self.pick(reps, level), holdSeconds: nil, rounds: 1, restSeconds: nil, sides: sides,
                         perSide: dose.sides, roundsFromArticle: true)
        }
        if let hold = dose.holdSeconds {
            let rounds = dose.times.map { Self.pick($0, level) } ?? (dose.restSeconds != nil ? Self.wallSitReps : 1)
            return .init(exercise: exercise.id, reps: nil, holdSeconds: Self.pick(hold, level), rounds: rounds, restSeconds: dose.restSeconds,
                         sides: sides, perSide: dose.sides, roundsFromArticle: dose.times != nil || rounds == 1)
        }
        return .init(exercise: exercise.id, reps: nil, holdSeconds: nil, rounds: 1, restSeconds: nil, sides: sides, perSide: dose.sides,
                     roundsFromArticle: true)
    }

    /// Estimated seconds a list of items takes.
    func estimate(_ items: [RoutinePlan.Item]) -> Int {
        items.reduce(0) { total, item in
            let perRound: Int
            if let reps = item.reps {
                perRound = reps * (Self.secondsPerRep[item.exercise] ?? 4)
            } else {
                perRound = item.holdSeconds ?? Self.untimedHoldEstimate
            }
            let rests = (item.restSeconds ?? 0) * max(0, item.rounds - 1)
            return total + item.sides.count * (item.rounds * (perRound + Self.setUpEstimate) + rests)
        }
    }

    /// The low, middle or top value of a range.
    static func pick(_ range: ClosedRange<Int>, _ level: RoutineLevel) -> Int {
        switch level {
        case .beginner: range.lowerBound
        case .intermediate:
            range.upperBound - range.lowerBound >= 10
                ? (range.lowerBound + range.upperBound) / 2 / 5 * 5 : (range.lowerBound + range.upperBound) / 2
        case .advanced: range.upperBound
        }
    }

    /// Sort key: strength, then stretches, then the cool-down.
    static func order(_ kind: ExerciseKind) -> Int {
        switch kind {
        case .strength: 0
        case .stretch: 1
        case .coolDown: 2
        }
    }

    /// Which item to drop first when a session must be shorter: never the focus; the cool-down goes last.
    static func leastNeeded(in items: [RoutinePlan.Item], focuses: [String]) -> Int {
        let droppable = items.indices.filter { !focuses.contains(items[$0].exercise.rawValue) }
        let strengthOrStretch = droppable.filter { items[$0].exercise != Exercise.recliningTwist.id }
        return strengthOrStretch.last ?? droppable.last ?? items.count - 1
    }
}

import Foundation

/// Walks a person through a routine plan step by step: timers, reps, sides, rests, pause, skip, back, pain.
/// It never touches the terminal: it takes commands and elapsed time, and returns what to say.
public final class RoutineRunner {
    /// How a step ended.
    enum StepResult { case done, skipped }

    /// The plan being run.
    public let plan: RoutinePlan
    /// The plan's steps.
    public let steps: [RoutineStep]
    /// The index of the current step; equal to `steps.count` once finished.
    public private(set) var index = 0
    /// Seconds left on the current timed step.
    public private(set) var remaining: Double?
    /// Whether the countdown is paused.
    public private(set) var isPaused = false
    /// Whether the runner waits for "skip" or "end" after a pain report.
    public private(set) var awaitingPainChoice = false
    /// Whether the routine has ended, by finishing or stopping.
    public private(set) var isFinished = false
    /// Whether any step was done or skipped or pain reported: a routine that input ended before that is not logged.
    public var hasProgress: Bool { !results.isEmpty || !painReports.isEmpty }
    /// When the routine started.
    public let started: Date
    /// What the person said when they reported pain.
    public private(set) var painReports: [String] = []

    private let knowledge: KnowledgeBase
    private var results: [Int: StepResult] = [:]
    private var painExercises: Set<String> = []
    private var stoppedDuring: String?
    /// Whether the routine ended by `stop()` rather than by finishing its last step.
    public private(set) var wasStopped = false
    /// How many timed holds have run out so far: a change tells a terminal to ring its bell.
    public private(set) var holdsEnded = 0
    /// The exercise of the step being done, or of the last step reached once the routine has ended.
    public private(set) var lastExercise: String?

    /// Prepares a runner; nothing is said until `begin`.
    public init(plan: RoutinePlan, knowledge: KnowledgeBase, started: Date) {
        self.plan = plan
        self.steps = plan.steps
        self.knowledge = knowledge
        self.started = started
    }

    /// The current step, or nil once finished.
    public var current: RoutineStep? { index < steps.count && !isFinished ? steps[index] : nil }

    /// Says the first step.
    public func begin() -> [String] {
        enterStep()
    }

    /// Advances the clock on a running countdown; completes timed steps whose time is up.
    public func elapse(_ seconds: Double) -> [String] {
        var said: [String] = []
        var left = seconds
        while !isPaused, !awaitingPainChoice, let step = current, step.isTimed, let time = remaining {
            if left < time {
                remaining = time - left
                break
            }
            left -= time
            said += finishStep(.done)
        }
        return said
    }

    /// Completes every timed step from here on at once, until a step that waits for the person.
    public func completeTimedSteps() -> (said: [String], seconds: Double) {
        var said: [String] = []
        var seconds = 0.0
        while !isPaused, !awaitingPainChoice, let step = current, step.isTimed {
            seconds += remaining ?? Double(step.seconds ?? 0)
            said += finishStep(.done)
        }
        return (said, seconds)
    }

    /// The person finished the current reps or untimed hold.
    public func done() -> [String] {
        guard let step = current, !step.isTimed else { return [] }
        return finishStep(.done)
    }

    /// Skips the current step.
    public func skip() -> [String] {
        guard current != nil else { return [] }
        isPaused = false
        return finishStep(.skipped)
    }

    /// Goes back to the previous step (or restarts the first).
    public func back() -> [String] {
        guard current != nil else { return [] }
        isPaused = false
        if index == 0 { return [Messages.atFirstStep] + enterStep() }
        index -= 1
        results[index] = nil
        return enterStep()
    }

    /// Restarts the current step.
    public func repeatStep() -> [String] {
        guard current != nil else { return [] }
        isPaused = false
        return enterStep()
    }

    /// Pauses the countdown.
    public func pause() -> [String] {
        guard current != nil, !isPaused else { return [] }
        isPaused = true
        return [Messages.paused]
    }

    /// Resumes a paused countdown.
    public func resume() -> [String] {
        guard isPaused else { return [Messages.notPaused] }
        isPaused = false
        return [Messages.resumed]
    }

    /// Stops the exercise for pain; the person then chooses to skip it or end.
    public func reportPain(_ words: String) -> [String] {
        guard let step = current else { return [] }
        painReports.append(words)
        painExercises.insert(step.exercise)
        awaitingPainChoice = true
        isPaused = false
        return [Messages.painStop(knowledge.exercise(id: step.exercise)?.spokenName ?? step.exercise)]
    }

    /// After a pain report: skip the rest of that exercise and go on.
    public func skipPainfulExercise() -> [String] {
        guard awaitingPainChoice, let step = current else { return [] }
        awaitingPainChoice = false
        while let next = current, next.exercise == step.exercise {
            results[index] = .skipped
            index += 1
        }
        if index >= steps.count { isFinished = true; return [] }
        return enterStep()
    }

    /// Ends the routine now.
    public func stop() {
        stoppedDuring = current?.exercise
        wasStopped = true
        isFinished = true
        awaitingPainChoice = false
        remaining = nil
    }

    /// What to say for the current step: where you are, what to do, and the cues.
    public func describeCurrent() -> String {
        guard let step = current else { return "" }
        let perLeg = knowledge.exercise(id: step.exercise)?.dose.sides == .eachLeg
        var text = Messages.step(step, name: name(step.exercise), perLeg: perLeg)
        let firstOfExercise = index == 0 || steps[index - 1].exercise != step.exercise
        if firstOfExercise, let cues = knowledge.exercise(id: step.exercise)?.cues {
            text += "\n" + cues.map { "  • \($0.credited)" }.joined(separator: "\n")
        }
        return text
    }

    /// The routine's results per exercise, for the summary and the log.
    public func exerciseResults() -> [SessionRecord.ExerciseResult] {
        plan.items.map { item in
            let indices = steps.indices.filter { steps[$0].exercise == item.exercise && steps[$0].phase != .rest }
            let done = indices.filter { results[$0] == .done }.count
            let skipped = indices.filter { results[$0] == .skipped }.count
            let status: ExerciseStatus
            if painExercises.contains(item.exercise) {
                status = .pain
            } else if done == indices.count {
                status = .completed
            } else if item.exercise == stoppedDuring {
                status = .stopped
            } else if done == 0 && skipped == 0 {
                status = .notReached
            } else if done == 0 {
                status = .skipped
            } else {
                status = .partial
            }
            return .init(exercise: item.exercise, dose: item.doseDescription, completedSteps: done, totalSteps: indices.count, status: status)
        }
    }

    /// The display name of an exercise.
    func name(_ id: String) -> String { knowledge.exercise(id: id)?.name ?? id }

    private func enterStep() -> [String] {
        guard let step = current else { return [] }
        lastExercise = step.exercise
        remaining = step.seconds.map(Double.init)
        return [describeCurrent()]
    }

    private func finishStep(_ result: StepResult) -> [String] {
        guard let step = current else { return [] }
        results[index] = result
        isPaused = false
        var said: [String] = []
        if result == .done, step.isTimed { said.append(Messages.timedStepDone(step)) }
        if result == .done, step.isTimed, step.phase == .hold { holdsEnded += 1 }
        index += 1
        remaining = nil
        if index >= steps.count {
            isFinished = true
            return said
        }
        return said + enterStep()
    }
}

import Foundation

/// Walks a person through a routine plan step by step: timers, reps, sides, rests, pause, skip, back, pain.
/// It never touches the terminal and says nothing itself: it takes commands and elapsed time and returns events,
/// which `RoutineNarrator` puts into words.
public final class RoutineRunner {
    /// How a step ended.
    enum StepResult { case done, skipped }

    /// Where the routine stands, for the dialogue to choose how to read a line.
    public enum Moment: Sendable, Hashable {
        /// At a step: counting down, or waiting for done.
        case atStep
        /// The countdown is paused.
        case paused
        /// Pain stopped the exercise; waiting for "skip" or "end".
        case awaitingPainChoice
        /// The routine has ended.
        case finished
    }

    /// The plan being run.
    public let plan: RoutinePlan
    /// The plan's steps.
    public let steps: [RoutineStep]
    /// The step the runner started at: 0, or where a stopped routine was picked up.
    public let firstStep: Int
    /// The index of the current step; equal to `steps.count` once finished.
    public private(set) var index: Int
    /// Seconds left on the current timed step.
    public private(set) var remaining: Double?
    /// Whether the countdown is paused.
    public private(set) var isPaused = false
    /// Whether the runner waits for "skip" or "end" after a pain report.
    public private(set) var awaitingPainChoice = false
    /// Whether the routine has ended, by finishing or stopping.
    public private(set) var isFinished = false
    /// Whether the routine ended by `stop()` rather than by finishing its last step.
    public private(set) var wasStopped = false
    /// What the person said when they reported pain.
    public private(set) var painReports: [String] = []
    /// How many timed holds have run out so far: a change tells a terminal to ring its bell.
    public private(set) var holdsEnded = 0
    /// The exercise of the step being done, or of the last step reached once the routine has ended.
    public private(set) var lastExercise: ExerciseID?

    private var results: [Int: StepResult] = [:]
    private var painExercises: Set<ExerciseID> = []
    private var stoppedDuring: ExerciseID?

    /// Prepares a runner, from the first step or from where a stopped routine stopped; nothing happens until `begin`.
    public init(plan: RoutinePlan, startingAt firstStep: Int = 0) {
        self.plan = plan
        self.steps = plan.steps
        self.firstStep = min(max(0, firstStep), steps.count)
        self.index = self.firstStep
    }

    /// The current step, or nil once finished.
    public var current: RoutineStep? { index < steps.count && !isFinished ? steps[index] : nil }

    /// Where the routine stands.
    public var moment: Moment {
        if isFinished { return .finished }
        if awaitingPainChoice { return .awaitingPainChoice }
        return isPaused ? .paused : .atStep
    }

    /// The step to pick up from after a stop: the start of the exercise that was under way.
    public var resumeIndex: Int? {
        guard wasStopped, index < steps.count else { return nil }
        var start = index
        while start > firstStep, steps[start - 1].exercise == steps[index].exercise, steps[start - 1].side == steps[index].side { start -= 1 }
        return start
    }

    /// Starts the first step.
    public func begin() -> [RoutineEvent] {
        enterStep()
    }

    /// Advances the clock on a running countdown; completes timed steps whose time is up.
    public func elapse(_ seconds: Double) -> [RoutineEvent] {
        var events: [RoutineEvent] = []
        var left = seconds
        while !isPaused, !awaitingPainChoice, let step = current, step.isTimed, let time = remaining {
            if left < time {
                remaining = time - left
                break
            }
            left -= time
            events += finishStep(.done)
        }
        return events
    }

    /// Completes every timed step from here on at once, until a step that waits for the person.
    public func completeTimedSteps() -> (events: [RoutineEvent], seconds: Double) {
        var events: [RoutineEvent] = []
        var seconds = 0.0
        while !isPaused, !awaitingPainChoice, let step = current, step.isTimed {
            seconds += remaining ?? Double(step.seconds ?? 0)
            events += finishStep(.done)
        }
        return (events, seconds)
    }

    /// The person finished the current reps or untimed hold, or is ready before the get-ready count ends.
    public func done() -> [RoutineEvent] {
        guard let step = current, !step.isTimed || step.phase == .getReady else { return [] }
        if isPaused { isPaused = false }
        return finishStep(.done, announce: false)
    }

    /// Skips the current step; at a get-ready count, skips the step it leads into too.
    public func skip() -> [RoutineEvent] {
        guard let step = current else { return [] }
        isPaused = false
        if step.phase == .getReady {
            results[index] = .skipped
            index += 1
        }
        return finishStep(.skipped)
    }

    /// Goes back to the previous step (or restarts the first), past rests and get-ready counts to the work before.
    public func back() -> [RoutineEvent] {
        guard current != nil else { return [] }
        isPaused = false
        var target = index - 1
        while target >= firstStep, !steps[target].phase.isWork { target -= 1 }
        guard target >= firstStep else {
            index = firstStep
            return [.atFirstStep] + enterStep()
        }
        if target > firstStep, steps[target - 1].phase == .getReady { target -= 1 }
        for position in target..<index { results[position] = nil }
        index = target
        return enterStep()
    }

    /// Restarts the current step.
    public func repeatStep() -> [RoutineEvent] {
        guard current != nil else { return [] }
        isPaused = false
        return enterStep()
    }

    /// Pauses the countdown.
    public func pause() -> [RoutineEvent] {
        guard current != nil, !isPaused else { return [] }
        isPaused = true
        return [.paused]
    }

    /// Resumes a paused countdown.
    public func resume() -> [RoutineEvent] {
        guard isPaused else { return [.notPaused] }
        isPaused = false
        return [.resumed]
    }

    /// Stops the exercise for pain; the person then chooses to skip it or end.
    public func reportPain(_ words: String) -> [RoutineEvent] {
        guard let step = current else { return [] }
        painReports.append(words)
        painExercises.insert(step.exercise)
        awaitingPainChoice = true
        isPaused = false
        return [.stoppedForPain(exercise: step.exercise)]
    }

    /// After a pain report: skip the rest of that exercise and go on.
    public func skipPainfulExercise() -> [RoutineEvent] {
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

    /// Whether any work step was done.
    public var didWork: Bool { results.contains { $0.value == .done && steps[$0.key].phase.isWork } }

    /// The routine's results per exercise it reached or planned from its first step, for the summary and the log.
    public func exerciseResults() -> [SessionRecord.ExerciseResult] {
        let planned = Set(steps[firstStep...].map(\.exercise))
        return plan.items.filter { planned.contains($0.exercise) }.map { item in
            let indices = steps.indices.filter { $0 >= firstStep && steps[$0].exercise == item.exercise && steps[$0].phase.isWork }
            let done = indices.filter { results[$0] == .done }.count
            let skipped = indices.filter { results[$0] == .skipped }.count
            let status: ExerciseStatus
            if painExercises.contains(item.exercise) {
                status = .pain
            } else if done == indices.count {
                status = .completed
            } else if item.exercise == stoppedDuring {
                status = done == 0 ? .stopped : .partial
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

    private func enterStep() -> [RoutineEvent] {
        guard let step = current else { return [] }
        lastExercise = step.exercise
        remaining = step.seconds.map(Double.init)
        let firstOfExercise = index == firstStep || steps[index - 1].exercise != step.exercise
        return [.stepStarted(step, firstOfExercise: firstOfExercise)]
    }

    private func finishStep(_ result: StepResult, announce: Bool = true) -> [RoutineEvent] {
        guard let step = current else { return [] }
        results[index] = result
        isPaused = false
        var events: [RoutineEvent] = []
        if result == .done, step.isTimed, announce { events.append(.timeUp(step)) }
        if result == .done, step.isTimed, step.phase == .hold { holdsEnded += 1 }
        index += 1
        remaining = nil
        if index >= steps.count {
            isFinished = true
            return events
        }
        return events + enterStep()
    }
}

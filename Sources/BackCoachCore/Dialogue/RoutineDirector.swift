import Foundation

/// Starts, continues and ends routines in a conversation: builds the plan, narrates the runner's events, settles
/// instant steps, and when a routine ends writes its record to the log and offers to pick it up if it was stopped.
final class RoutineDirector {
    private let knowledge: KnowledgeBase
    private let builder: RoutineBuilder
    private let narrator: RoutineNarrator
    private let log: SessionLog?
    private let clock: CoachClock
    private let pace: Pace
    /// Whether to ask for a pain rating before and after each routine (a terminal, unless the setting is off).
    var asksPain = false
    /// The settings, whose exclusions and levels every routine follows.
    let settings: SettingsKeeper
    /// The exercises done in the last routine of this conversation, which feedback is about.
    private(set) var lastExercises: [ExerciseID] = []
    /// The level of the last routine of this conversation.
    private(set) var lastLevel = RoutineLevel.beginner
    /// The exercise the last routine ended on, until the conversation takes it as the one talked about.
    private var endedOn: ExerciseID?

    /// Makes a director.
    init(knowledge: KnowledgeBase, log: SessionLog?, clock: CoachClock, pace: Pace) {
        self.knowledge = knowledge
        settings = SettingsKeeper(knowledge: knowledge)
        builder = RoutineBuilder(knowledge: knowledge)
        narrator = RoutineNarrator(knowledge: knowledge)
        self.log = log
        self.clock = clock
        self.pace = pace
    }

    /// Builds and starts a routine; says what it holds and the first step. When pain is asked about, asks for a
    /// rating first and starts once it is given or skipped (`asking: false`).
    func start(_ request: RoutineRequest, input: String, intent: IntentID?, asking: Bool = true) -> Outcome {
        if asksPain && asking {
            return Outcome(reply: Reply(input: input, understood: true, intent: intent, text: Messages.askPainBefore),
                           next: .ratingPain(.before(request, intent: intent)))
        }
        let plan: RoutinePlan
        var request = request
        request.excluded.formUnion(settings.settings.excluded)
        request.exerciseLevels.merge(settings.settings.levels) { asked, _ in asked }
        do {
            plan = try builder.build(request)
        } catch {
            let text: String
            switch error {
            case .unknownFocus(let focus): text = Messages.unknownFocus(focus)
            case .tooShort(let minutes, let shortest): text = Messages.tooShort(minutes: minutes, shortestSeconds: shortest)
            case .allExcluded: text = Messages.allExcluded
            }
            return Outcome(reply: Reply(input: input, understood: true, intent: intent, text: text), next: .idle)
        }
        let names = plan.items.map { "\(narrator.name($0.exercise, spoken: true)) (\($0.doseDescription))" }
        let minutes = max(1, Int((Double(plan.estimatedSeconds) / 60).rounded()))
        return begin(RoutineRunner(plan: plan), input: input, intent: intent,
                     lead: Messages.routineBuilt(level: plan.level, exercises: names, minutes: minutes))
    }

    /// Picks a stopped routine up at the exercise where it stopped.
    func resume(_ point: ResumePoint, input: String, intent: IntentID?) -> Outcome {
        begin(RoutineRunner(plan: point.plan, startingAt: point.step), input: input, intent: intent, lead: Messages.routineResumed)
    }

    private func begin(_ runner: RoutineRunner, input: String, intent: IntentID?, lead: String) -> Outcome {
        let session = RoutineSession(runner: runner, pace: pace, clock: clock)
        var outcome = reply(session, input: input, intent: intent, events: runner.begin())
        outcome.reply.text = lead + "\n" + outcome.reply.text
        return outcome
    }

    /// The reply to a line in a routine: the events in words, instant steps settled; when the routine has ended, its
    /// summary, written to the log.
    func reply(
        _ session: RoutineSession, input: String, intent: IntentID?, events: [RoutineEvent], extra: [String] = [],
        outcome: SessionOutcome? = nil, understood: Bool = true, offer: String? = nil
    ) -> Outcome {
        let runner = session.runner
        var lines = extra + narrator.lines(for: events + session.settle())
        var next = DialogueState.inRoutine(session)
        var offer = offer
        if runner.isFinished {
            let pain = runner.exerciseResults().contains { $0.status == .pain }
            let ended = finish(session, outcome: outcome ?? (runner.wasStopped ? .stopped : pain ? .pain : .completed))
            lines.append(ended.text)
            next = ended.next
            if case .stoppedRoutine = next, offer == nil { offer = Messages.offerResume }
        }
        var reply = Reply(
            input: input, understood: understood, intent: intent, confidence: 1, exercise: runner.lastExercise,
            text: lines.filter { !$0.isEmpty }.joined(separator: "\n"), offer: offer, routine: RoutineSnapshot(runner, knowledge: knowledge))
        reply.holdEnded = session.takeHoldEnded()
        return Outcome(reply: reply, next: next)
    }

    /// The exercise a routine ended on since the last call, if one ended.
    func takeEndedExercise() -> ExerciseID? {
        defer { endedOn = nil }
        return endedOn
    }

    /// Events in words, for lines said outside a reply.
    func narrate(_ events: [RoutineEvent]) -> [String] {
        narrator.lines(for: events)
    }

    /// Stops a running routine and ends it with an outcome.
    func stop(_ session: RoutineSession, input: String, intent: IntentID?, outcome: SessionOutcome, extra: [String] = []) -> Outcome {
        session.runner.stop()
        return reply(session, input: input, intent: intent, events: [], extra: extra, outcome: outcome)
    }

    /// Ends a routine: the summary, the record written to the log, a suggestion for next time, and whether it can
    /// be picked up again.
    func finish(_ session: RoutineSession, outcome: SessionOutcome) -> (text: String, next: DialogueState) {
        let runner = session.runner
        let results = runner.exerciseResults()
        lastExercises = results.filter { $0.status == .completed || $0.status == .partial }.map(\.exercise)
        lastLevel = runner.plan.level
        endedOn = runner.current?.exercise ?? runner.lastExercise
        let names = { (statuses: Set<ExerciseStatus>) in
            results.filter { statuses.contains($0.status) }.map { self.narrator.name($0.exercise, spoken: true) }
        }
        var text = Messages.summary(
            done: results.filter { $0.status == .completed || $0.status == .partial }.map { "\(narrator.name($0.exercise, spoken: true)) (\($0.dose))" },
            stoppedDuring: names([.stopped]), skipped: names([.skipped]), pain: names([.pain]), notReached: names([.notReached]),
            seconds: session.summarySeconds, stopped: outcome != .completed)
        if session.pace == .instant { text += "\n" + Messages.simulatedNote }
        if let log {
            do {
                try log.append(session.record(outcome: outcome))
                if outcome == .completed, let suggestion = ProgressAdvisor(knowledge: knowledge).suggestion(for: log.read().records) {
                    text += "\n" + suggestion
                }
            } catch {
                text += "\n" + Messages.logNotSaved(error.description)
            }
        }
        var next = DialogueState.idle
        let canResume = outcome == .stopped || outcome == .endedEarly
        if canResume, let step = runner.resumeIndex { next = .stoppedRoutine(ResumePoint(plan: runner.plan, step: step)) }
        if asksPain, outcome != .redFlag, outcome != .endedEarly {
            text += "\n" + Messages.askPainAfter
            next = .ratingPain(.after(then: next))
        }
        return (text, next)
    }
}

import Foundation

/// The conversation: takes lines in, gives replies out. A state machine (`DialogueState`) with one handler per
/// state; each line is analysed once, red flags are checked first in every state, then the state decides what the
/// line means. It never touches the terminal.
public final class Coach {
    /// The knowledge base answers come from.
    public let knowledge: KnowledgeBase
    /// The matcher that reads each line.
    public let matcher: IntentMatcher
    /// Whether timed steps take real time.
    public let pace: Pace
    /// The session log, or nil to keep no log.
    public let log: SessionLog?

    private var state = DialogueState.idle {
        // A routine that ended leaves the exercise it ended on as the one talked about: after a wall-sit routine,
        // "how do I do this one again" is about wall sits.
        didSet { if let ended = director.takeEndedExercise() { answerer.context.exercise = ended } }
    }
    private let answerer: Answerer
    private let director: RoutineDirector
    private let idle: IdleHandler
    private let questions: QuestionHandler
    private let routine: RoutineHandler
    private let triage: TriageHandler
    private let painQuestions: PainQuestionHandler

    /// Makes a coach over an intent set.
    public convenience init(intents: IntentSet, knowledge: KnowledgeBase = .article, clock: CoachClock, pace: Pace, log: SessionLog?) {
        self.init(matcher: IntentMatcher(intents: intents, knowledge: knowledge), knowledge: knowledge, clock: clock, pace: pace, log: log)
    }

    /// Makes a coach over a prepared matcher, so many coaches (one per evaluation case) share its indexes.
    public init(matcher: IntentMatcher, knowledge: KnowledgeBase = .article, clock: CoachClock, pace: Pace, log: SessionLog?) {
        self.knowledge = knowledge
        self.matcher = matcher
        self.pace = pace
        self.log = log
        answerer = Answerer(matcher: matcher, knowledge: knowledge)
        director = RoutineDirector(knowledge: knowledge, log: log, clock: clock, pace: pace)
        let pain = PainRecorder(log: log, clock: clock)
        idle = IdleHandler(director: director, answerer: answerer, log: log, clock: clock, pain: pain)
        questions = QuestionHandler(director: director, answerer: answerer, idle: idle)
        routine = RoutineHandler(director: director, answerer: answerer, pain: pain)
        triage = TriageHandler(director: director, matcher: matcher)
        painQuestions = PainQuestionHandler(director: director, pain: pain, intents: matcher.intents)
    }

    /// Takes the person's settings (exclusions, whether pain is asked) and the file changes are saved to.
    public func use(_ settings: CoachSettings, file: SettingsFile?) {
        director.settings.use(settings, file: file)
    }

    /// The settings in words, as "what are my settings?" answers.
    public var settingsSummary: String { director.settings.summary }

    /// Whether pain is asked before and after each routine: the executable turns it on in a terminal.
    public var asksPain: Bool {
        get { director.asksPain }
        set { director.asksPain = newValue }
    }

    /// Whether the coach waits for a pain rating, so an empty line (Enter) is an answer.
    public var awaitsPainRating: Bool {
        if case .ratingPain = state { return true }
        return false
    }

    /// The running routine, for a terminal to draw its countdown; nil when none runs.
    public var activeRoutine: RoutineRunner? { session?.runner }

    /// The current routine step as scripts see it.
    public var routineSnapshot: RoutineSnapshot? { RoutineSnapshot(activeRoutine, knowledge: knowledge) }

    private var session: RoutineSession? {
        if case .inRoutine(let session) = state { return session }
        return nil
    }

    /// Answers one line.
    public func respond(to raw: String) -> Reply {
        let input = TextNormalizer.sanitized(raw)
        if raw.unicodeScalars.count > TextNormalizer.maximumLineLength, let finding = matcher.redFlag(inLongLine: raw) {
            guard finding.intent.redFlag?.isUrgent == false else { return redFlag(input, finding: finding, explanation: nil) }
            return apply(triage.ask(finding, input: input, from: state, explanation: nil))
        }
        let context = session.map(RoutineHandler.context) ?? {
            var context = answerer.context
            context.heard = state.heard
            if case .triaging(let finding, _) = state { context.askedAbout = finding.symptom.name }
            if case .warned = state { context.answersWarning = true }
            return context
        }()
        let result = matcher.match(input, context: context)
        let turn = Turn(input: input, result: result, explanation: Explanation(result, input: input))
        if let finding = result.redFlag, finding.intent.redFlag?.isUrgent != false {
            return redFlag(input, finding: finding, explanation: turn.explanation)
        }
        let outcome: Outcome
        if let finding = result.redFlag, !isTriaging {
            outcome = triage.ask(finding, input: input, from: state, explanation: turn.explanation)
        } else {
            outcome = handle(turn)
        }
        if turn.action(in: matcher.intents) != .explain { answerer.lastExplanation = turn.explanation }
        state = outcome.next
        var reply = outcome.reply
        if reply.explanation == nil { reply.explanation = turn.explanation }
        return reply
    }

    private var isTriaging: Bool {
        if case .triaging = state { return true }
        return false
    }

    /// The handler of the current state reads the line.
    private func handle(_ turn: Turn) -> Outcome {
        switch state {
        case .idle: idle.respond(to: turn)
        case .offering(let request): questions.offering(request, turn: turn)
        case .askingBack(let first, let second): questions.askingBack(first, second, turn: turn)
        case .askingForEntity(let missing): questions.askingForEntity(missing, turn: turn)
        case .inRoutine(let session): routine.respond(to: turn, session: session)
        case .stoppedRoutine(let point): questions.stoppedRoutine(point, turn: turn)
        case .suggesting(let nearest): questions.suggesting(nearest, turn: turn)
        case .triaging(let finding, let then): triage.answer(turn, finding: finding, then: then)
        case .warned(let finding): questions.warned(finding, turn: turn)
        case .ratingPain(let question):
            painQuestions.respond(to: turn, question: question) ?? {
                state = question.then
                return handle(turn)
            }()
        }
    }

    /// Starts a routine directly, as `backcoach routine` does.
    public func startRoutine(_ request: RoutineRequest, input: String = "") -> Reply {
        if let session { _ = director.stop(session, input: input, intent: nil, outcome: .stopped) }
        return apply(director.start(request, input: input, intent: "start-routine"))
    }

    /// Moves real time forward on a running countdown; returns what to say when a step ended.
    public func tick() -> Reply? {
        guard let session, pace == .real else { return nil }
        let events = session.elapse()
        guard !events.isEmpty || session.runner.isFinished else { return nil }
        return apply(director.reply(session, input: "", intent: nil, events: events))
    }

    /// Input ended: a running routine stops cleanly and is logged with what was done.
    public func endOfInput() -> Reply? {
        guard let session else { return nil }
        return apply(director.stop(session, input: "", intent: nil, outcome: .endedEarly, extra: director.narrate(session.elapse())))
    }

    /// Ctrl-C during a routine: the routine stops, the session goes on.
    public func interrupt() -> Reply? {
        guard let session else { return nil }
        return apply(director.stop(session, input: "", intent: nil, outcome: .stopped, extra: director.narrate(session.elapse())))
    }

    private func apply(_ outcome: Outcome) -> Reply {
        state = outcome.next
        return outcome.reply
    }

    /// The urgent answer to a red flag: it ends any routine and drops every pending offer or question.
    private func redFlag(_ input: String, finding: RedFlagDetector.Finding, explanation: Explanation?) -> Reply {
        var text = AnswerTemplate.render(finding.intent.answer, values: ["symptom": finding.symptom.name])
        if let session {
            session.runner.stop()
            text += "\n\n" + director.finish(session, outcome: .redFlag).text
        }
        state = .warned(finding)
        answerer.lastExplanation = explanation
        return Reply(input: input, understood: true, intent: finding.intent.id, confidence: 1, urgent: true, text: text, explanation: explanation)
    }
}

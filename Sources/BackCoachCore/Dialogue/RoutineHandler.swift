/// Reads lines while a routine runs, one handler per moment: at a step, paused, or waiting for the choice after
/// pain. "This", "it" and "why?" mean the exercise being done; stop, quit and cancel end the routine, never the
/// program; pain in any words stops the exercise.
struct RoutineHandler {
    let director: RoutineDirector
    let answerer: Answerer
    let pain: PainRecorder

    private var intents: IntentSet { answerer.matcher.intents }

    /// The context a line in this routine is read in: the current step's exercise.
    static func context(for session: RoutineSession) -> MatchContext {
        MatchContext(exercise: session.runner.current?.exercise ?? session.runner.lastExercise, heard: DialogueState.inRoutine(session).heard)
    }

    /// Handles a line, after the time that passed has been applied to the countdown.
    func respond(to turn: Turn, session: RoutineSession) -> Outcome {
        let elapsed = session.elapse()
        let chosen = control(in: turn)
        let turn = Turn(input: turn.input, result: turn.result, explanation: turn.explanation, chosen: chosen)
        let action = turn.input.isEmpty ? .done : chosen.flatMap { act(of: $0, in: turn) }
        switch session.runner.moment {
        case .finished: return director.reply(session, input: turn.input, intent: nil, events: elapsed)
        case .awaitingPainChoice: return painChoice(turn, action: action, session: session, elapsed: elapsed)
        case .paused: return paused(turn, action: action, session: session, elapsed: elapsed)
        case .atStep: return atStep(turn, action: action, session: session, elapsed: elapsed)
        }
    }

    private func atStep(_ turn: Turn, action: IntentAction?, session: RoutineSession, elapsed: [RoutineEvent]) -> Outcome {
        let runner = session.runner
        let intent = turn.best?.intent
        func reply(_ events: [RoutineEvent], extra: [String] = [], understood: Bool = true, offer: String? = nil) -> Outcome {
            director.reply(session, input: turn.input, intent: understood ? intent : nil, events: elapsed + events, extra: extra,
                           understood: understood, offer: offer)
        }
        guard let action else {
            if let reps = runner.current?.reps, turn.result.line.tokens.contains(where: { NumberWords.value(of: $0.text) == reps }) {
                return reply(runner.done())
            }
            return reply([], extra: [Messages.awaitingDone], understood: false)
        }
        switch action {
        case .stopRoutine, .leave: return director.stop(session, input: turn.input, intent: intent, outcome: .stopped)
        case .next: return reply(runner.skip())
        case .back: return reply(runner.back())
        case .repeatStep: return reply(runner.repeatStep())
        case .pause: return reply(runner.pause())
        case .resume: return reply(runner.resume())
        case .done, .affirm: return reply(runner.done())
        case .reportPain:
            let events = runner.reportPain(turn.input)
            return reply(events, offer: Messages.painQuestion)
        case .recordPain:
            guard let rating = PainRatingReader.rating(in: turn.result.line) else {
                return reply([], extra: [Messages.painNoRating, describeCurrent(runner)])
            }
            let recorded = pain.record(rating, moment: .anytime)
            guard recorded.advised else { return reply([], extra: [recorded.text, describeCurrent(runner)]) }
            return reply(runner.reportPain(turn.input), extra: [recorded.text], offer: Messages.painQuestion)
        case .instructions:
            let described = (turn.best?.exerciseSource == .line ? turn.best?.exercise : nil) ?? runner.current?.exercise
            var outcome = reply([], extra: [answerer.howTo(described), describeCurrent(runner)])
            outcome.reply.exercise = described ?? outcome.reply.exercise
            return outcome
        case .explain:
            return reply([], extra: [answerer.explain(turn).text])
        case .more:
            return reply([], extra: [answerer.more(turn).reply.text, describeCurrent(runner)])
        case .startRoutine, .decline:
            return reply([], extra: [Messages.routineRunning, describeCurrent(runner)])
        case .routineFeedback:
            let named = turn.best?.exerciseSource == .line ? turn.best?.exercise : nil
            let text = DoseFeedback(knowledge: answerer.knowledge, settings: director.settings).apply(
                DoseFeedback.direction(in: turn.result.line.tokens.map(\.text)), to: [named ?? runner.current?.exercise].compactMap { $0 },
                level: runner.plan.level)
            return reply([], extra: [text, describeCurrent(runner)])
        case .excludeExercise, .includeExercise, .showSettings:
            let text = director.settings.respond(to: action, exercise: turn.best?.exercise) ?? Messages.askExercise(answerer.knowledge.exercises.map(\.spokenName))
            return reply([], extra: [text, describeCurrent(runner)])
        case .answer, .sessionHistory:
            answerer.lastExplanation = turn.explanation
            let answer = answerer.answer(turn, offering: false)
            var outcome = reply([], extra: [answer.reply.text, describeCurrent(runner)])
            outcome.reply.intent = answer.reply.intent
            outcome.reply.exercise = answer.reply.exercise ?? runner.lastExercise
            return outcome
        }
    }

    private func paused(_ turn: Turn, action: IntentAction?, session: RoutineSession, elapsed: [RoutineEvent]) -> Outcome {
        // Back from a break is no step back when the line also says to go on: "back, let's keep going".
        let returning = action == .back && turn.result.candidates.contains { candidate in
            candidate.score >= turn.result.threshold && intents.intent(candidate.intent)?.action == .resume
        }
        switch returning ? .resume : action {
        case .resume, .pause, .done, .affirm:
            // Whatever the words ("ready now", "ok", "done"), what the coach does is resume, and the reply says so.
            let resume = intents.intent(doing: .resume)?.id ?? turn.best?.intent
            return director.reply(session, input: turn.input, intent: resume, events: elapsed + session.runner.resume())
        default:
            return atStep(turn, action: action, session: session, elapsed: elapsed)
        }
    }

    private func painChoice(_ turn: Turn, action: IntentAction?, session: RoutineSession, elapsed: [RoutineEvent]) -> Outcome {
        switch action {
        case .next, .resume, .affirm:
            return director.reply(session, input: turn.input, intent: turn.best?.intent, events: elapsed + session.runner.skipPainfulExercise())
        case .stopRoutine, .leave, .decline, .done, .reportPain, .recordPain:
            return director.stop(session, input: turn.input, intent: turn.best?.intent, outcome: .pain)
        default:
            return director.reply(session, input: turn.input, intent: nil, events: elapsed, extra: [Messages.painChoice],
                                  understood: false, offer: Messages.painQuestion)
        }
    }

    /// How far below the best reading a routine control may score and still be taken: mid-routine, people mostly
    /// steer the routine ("let's do this one again" is a repeat, not a new routine).
    static let controlMargin = 0.1

    /// The reading of a line in a routine: the best one, or a routine control or pain report close behind it.
    private func control(in turn: Turn) -> Candidate? {
        let heard = turn.result.candidates.filter { $0.score >= turn.result.threshold }
        guard let top = heard.first else { return nil }
        let control = heard.first { candidate in
            intents.intent(candidate.intent).map { IntentAction.routineControls.contains($0.action) || $0.action == .reportPain || $0.action == .recordPain } ?? false
        }
        if let control, control.score >= top.score - Self.controlMargin { return control }
        return turn.best
    }

    /// What a reading does in a routine: the act its intent is here ("how do I do this?" is the instructions), unless
    /// the line is too close between two readings, which is asked back.
    private func act(of candidate: Candidate, in turn: Turn) -> IntentAction? {
        guard let intent = intents.intent(candidate.intent) else { return nil }
        return turn.result.ambiguity == nil ? intent.routineAct ?? intent.action : intent.action
    }

    private func describeCurrent(_ runner: RoutineRunner) -> String {
        guard let step = runner.current else { return "" }
        return RoutineNarrator(knowledge: answerer.knowledge).describe(step, withCues: false)
    }
}

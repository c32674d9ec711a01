import Foundation

/// Reads a line when nothing is pending: a question to answer, a routine to start, the log to summarise, or
/// leaving. Only a line whose point is leaving ends the session.
struct IdleHandler {
    let director: RoutineDirector
    let answerer: Answerer
    let log: SessionLog?
    let clock: CoachClock
    let pain: PainRecorder

    /// Handles a line.
    func respond(to turn: Turn) -> Outcome {
        guard let best = turn.best, let intent = answerer.matcher.intents.intent(best.intent) else { return answerer.answer(turn) }
        switch intent.action {
        case .startRoutine:
            guard turn.result.ambiguity == nil else { return answerer.answer(turn) }
            return startRoutine(turn, asked: best)
        case .sessionHistory:
            return answerer.history(turn, log: log, now: clock.now)
        case .explain:
            return Outcome(reply: answerer.explain(turn), next: .idle)
        case .more:
            return answerer.more(turn)
        case .excludeExercise, .includeExercise, .showSettings:
            guard let text = director.settings.respond(to: intent.action, exercise: best.exercise) else { return answerer.answer(turn) }
            return Outcome(reply: Reply(input: turn.input, intent: intent.id, confidence: best.score, exercise: best.exercise, text: text,
                                        explanation: turn.explanation), next: .idle)
        case .routineFeedback:
            var exercises = director.lastExercises, level = director.lastLevel
            if exercises.isEmpty, let last = log?.readAll().records.last {
                exercises = last.exercises.filter { $0.status == .completed || $0.status == .partial }.map(\.exercise)
                level = last.level
            }
            if best.exerciseSource == .line, let named = best.exercise {
                exercises = [named]
                // "clam shells too easy" then "what's the next step": the exercise named stays the one talked about.
                answerer.context = MatchContext(lastIntent: intent.id, exercise: named, target: answerer.context.target)
            }
            let feedback = DoseFeedback(knowledge: answerer.knowledge, settings: director.settings)
            let text = feedback.apply(DoseFeedback.direction(in: turn.result.line.tokens.map(\.text)), to: exercises, level: level)
            return Outcome(reply: Reply(input: turn.input, intent: intent.id, confidence: best.score, text: text, explanation: turn.explanation),
                           next: .idle)
        case .recordPain:
            let text = PainRatingReader.rating(in: turn.result.line).map { pain.record($0, moment: .anytime).text } ?? Messages.painNoRating
            return Outcome(reply: Reply(input: turn.input, intent: intent.id, confidence: best.score, text: text, explanation: turn.explanation),
                           next: .idle)
        case .leave:
            var outcome = answerer.answer(turn, offering: false)
            outcome.reply.endsSession = true
            return outcome
        default:
            return answerer.answer(turn)
        }
    }

    /// Starts the routine a line asks for, read from the line and its start-routine reading `asked`.
    func startRoutine(_ turn: Turn, asked: Candidate) -> Outcome {
        answerer.context = MatchContext(lastIntent: asked.intent, exercise: answerer.context.exercise, target: answerer.context.target)
        return director.start(RoutineRequestReader.request(from: turn.result.line, candidate: asked), input: turn.input, intent: asked.intent)
    }
}

import Foundation

/// Answers what a line asks from the knowledge base: intent answers, offers of a routine, asking back when two
/// readings are close or an exercise is missing, and the honest "I didn't understand". Keeps what was last talked
/// about, so follow-ups ("and for the hips?") have a context.
final class Answerer {
    let matcher: IntentMatcher
    let knowledge: KnowledgeBase
    let composer: AnswerComposer
    private let builder: RoutineBuilder
    /// What the conversation was last about.
    var context = MatchContext()
    /// How the last matched line was read, for "explain".
    var lastExplanation: Explanation?
    /// The rest of the last answer, when it was folded after its first lines.
    private var folded: String?

    /// Makes an answerer over a matcher and its knowledge base.
    init(matcher: IntentMatcher, knowledge: KnowledgeBase) {
        self.matcher = matcher
        self.knowledge = knowledge
        composer = AnswerComposer(knowledge: knowledge, intents: matcher.intents)
        builder = RoutineBuilder(knowledge: knowledge)
    }

    private var intents: IntentSet { matcher.intents }

    /// Answers a line whose best reading is an answer from a template: asks back when it must, offers a routine
    /// after answers that offer one.
    func answer(_ turn: Turn, offering: Bool = true) -> Outcome {
        let result = turn.result
        if let (first, second) = result.ambiguity, let a = intents.intent(first.intent), let b = intents.intent(second.intent),
            a.askBack != nil, b.askBack != nil
        {
            if first.exercise == second.exercise || second.exercise == nil { context.exercise = first.exercise ?? context.exercise }
            if first.target == second.target || second.target == nil { context.target = first.target ?? context.target }
            let text = Messages.askBack(askBackPhrase(a, first), askBackPhrase(b, second))
            return Outcome(reply: Reply(input: turn.input, understood: true, intent: nil, confidence: first.score, exercise: first.exercise,
                                        text: text, explanation: turn.explanation), next: .askingBack(first, second))
        }
        guard let best = result.best, let intent = intents.intent(best.intent) else { return notUnderstood(turn) }
        if let missing = best.missing {
            return Outcome(reply: Reply(input: turn.input, understood: true, intent: best.intent, confidence: best.score,
                                        text: missing == .exercise ? Messages.askExercise(knowledge.exercises.map(\.spokenName)) : Messages.askTarget, explanation: turn.explanation),
                           next: .askingForEntity(best))
        }
        if intent.id == .benefits, let exercise = best.exercise.flatMap(knowledge.exercise), best.exerciseSource == .line,
            let target = result.line.mentions.first(where: { $0.kind == .target && !exercise.targets.contains($0.id) }),
            let recommend = intents.intent(.recommend)
        {
            let others = knowledge.exercises(forTarget: target.id)
            let lead = Messages.notLinked(exercise: exercise.spokenName, target: composer.targetLabel(target.id), instead: others.map(\.spokenName))
            var outcome = answer(recommend, candidate: Candidate(
                intent: recommend.id, score: best.score, evidence: best.evidence, exercise: nil, target: target.id,
                exerciseSource: nil, missing: nil), turn: turn, offering: offering)
            outcome.reply.text = lead + "\n" + outcome.reply.text
            return outcome
        }
        return answer(intent, candidate: best, turn: turn, offering: offering)
    }

    /// Answers one intent for a candidate reading, remembering its exercise and target for follow-ups.
    func answer(_ intent: IntentDefinition, candidate: Candidate, turn: Turn, offering: Bool = true) -> Outcome {
        var candidate = candidate
        if candidate.exercise == nil, let target = candidate.target, case let only = knowledge.exercises(forTarget: target), only.count == 1 {
            candidate = Candidate(intent: candidate.intent, score: candidate.score, evidence: candidate.evidence, exercise: only[0].id,
                                  target: target, exerciseSource: .target, missing: nil)
        }
        let exercise = candidate.exercise.flatMap(knowledge.exercise)
        context = MatchContext(lastIntent: intent.id, exercise: candidate.exercise ?? context.exercise, target: candidate.target ?? context.target)
        let fold = AnswerFold(composer.answer(intent, exercise: exercise, target: candidate.target))
        folded = fold.rest
        var reply = Reply(input: turn.input, understood: true, intent: intent.id, confidence: min(1, candidate.score),
                          exercise: candidate.exercise, text: fold.shown, explanation: turn.explanation)
        var next = DialogueState.idle
        if offering, intent.offersRoutine, let offer = offer(exercise: exercise, target: candidate.target) {
            reply.offer = offer.question
            next = .offering(offer.request)
        }
        return Outcome(reply: reply, next: next)
    }

    /// The rest of the last long answer, or the intent's own words when nothing was folded.
    func more(_ turn: Turn) -> Outcome {
        defer { folded = nil }
        let text = folded ?? turn.best.flatMap { intents.intent($0.intent)?.answer } ?? ""
        return Outcome(reply: Reply(input: turn.input, understood: true, intent: turn.best?.intent, text: text, explanation: turn.explanation),
                       next: .idle)
    }

    /// The answer to "what did I do last time?" from the log.
    func history(_ turn: Turn, log: SessionLog?, now: Date) -> Outcome {
        let contents = log?.readAll() ?? LogContents()
        let stats = ProgressStats(contents, now: now)
        let words = Set(turn.result.line.tokens.map(\.stem))
        var text: String
        if words.contains("streak") {
            text = Messages.streak(stats.streak)
        } else if words.contains("minute") {
            text = Messages.minutesThisWeek(stats.minutesThisWeek, sessions: stats.weeks.last?.sessions ?? 0)
        } else if !words.isDisjoint(with: ["pain", "rating", "score"]) {
            text = stats.painSummary
        } else if let best = turn.best, best.exerciseSource == .line, let exercise = best.exercise {
            text = ProgressAdvisor(knowledge: knowledge).summary(of: contents.records, exercise: exercise, now: now)
        } else {
            text = ProgressAdvisor(knowledge: knowledge).summary(of: contents.records, now: now)
        }
        if contents.unreadable > 0 { text += "\n" + Messages.corruptLogLines(contents.unreadable) }
        let exercise = turn.best?.exerciseSource == .line ? turn.best?.exercise : nil
        return Outcome(reply: Reply(input: turn.input, intent: turn.best?.intent, confidence: turn.best?.score ?? 1, exercise: exercise,
                                    text: text, explanation: turn.explanation), next: .idle)
    }

    /// How to do an exercise, as the how-to intent answers it; without one, which exercise is meant.
    func howTo(_ exercise: ExerciseID?) -> String {
        guard let intent = matcher.intents.intent(.howTo) else { return "" }
        return composer.answer(intent, exercise: exercise.flatMap(knowledge.exercise), target: nil)
    }

    /// How the last line was read, or the intent's own words when there is nothing to explain yet.
    func explain(_ turn: Turn) -> Reply {
        let intent = turn.best.flatMap { intents.intent($0.intent) }
        guard let explanation = lastExplanation else {
            return Reply(input: turn.input, understood: true, intent: intent?.id, text: intent?.answer ?? "")
        }
        return Reply(input: turn.input, understood: true, intent: intent?.id, text: explanation.text, explanation: explanation)
    }

    /// Score a reading needs to be offered as "Did you mean …?" after a line that was not understood.
    static let suggestionThreshold = 0.4

    /// The honest "I didn't understand", offering the nearest thing the coach can answer; a yes takes it.
    func notUnderstood(_ turn: Turn) -> Outcome {
        var reply = Reply(input: turn.input, understood: false, intent: nil, confidence: turn.result.candidates.first?.score ?? 0,
                          text: Messages.notUnderstood(exercises: knowledge.exercises.map(\.spokenName)), explanation: turn.explanation)
        let nearest = turn.result.candidates.first { candidate in
            guard candidate.score >= Self.suggestionThreshold, let intent = intents.intent(candidate.intent) else { return false }
            return intent.heardIn == nil && intent.action == .answer && candidate.missing == nil
        }
        guard let nearest, let intent = intents.intent(nearest.intent) else { return Outcome(reply: reply, next: .idle) }
        reply.offer = Messages.didYouMean(askBackPhrase(intent, nearest))
        return Outcome(reply: reply, next: .suggesting(nearest))
    }

    /// The phrase for a reading when asking which was meant: "the dose for clam shells".
    func askBackPhrase(_ intent: IntentDefinition, _ candidate: Candidate) -> String {
        composer.askBackPhrase(intent, exercise: candidate.exercise.flatMap(knowledge.exercise), target: candidate.target)
    }

    /// The routine to offer after an answer about an exercise or target, with its yes/no question.
    private func offer(exercise: Exercise?, target: String?) -> (question: String, request: RoutineRequest)? {
        if let exercise {
            let dose = Messages.offerDose(builder.item(for: exercise, level: .beginner), name: exercise.spokenName)
            return (Messages.offer(dose), RoutineRequest(focus: exercise.id.rawValue))
        }
        guard let target else { return nil }
        let exercises = knowledge.exercises(forTarget: target)
        if exercises.count == 1 { return offer(exercise: exercises[0], target: nil) }
        guard !exercises.isEmpty else { return nil }
        let names = exercises.map(\.spokenName)
        return (Messages.offerTarget(Messages.list(names)), RoutineRequest(focus: target))
    }
}

/// Reads the reply to a question the coach asked: an offered routine, which of two readings was meant, the
/// missing exercise, or whether to pick a stopped routine up. A line that answers something else is read as a
/// fresh line, so a pending question never swallows a medical question or a pain report.
struct QuestionHandler {
    let director: RoutineDirector
    let answerer: Answerer
    let idle: IdleHandler

    private var intents: IntentSet { answerer.matcher.intents }

    /// After an offer: yes (or "let's do them") starts what was offered, no declines.
    func offering(_ request: RoutineRequest, turn: Turn) -> Outcome {
        if let interrupted = answerInterruption(turn) { return interrupted }
        switch turn.action(in: intents) {
        case .affirm:
            return director.start(request, input: turn.input, intent: turn.best?.intent)
        case .startRoutine:
            var asked = RoutineRequestReader.request(from: turn.result.line, candidate: turn.best)
            if asked.focus == nil { asked.focus = request.focus }
            return director.start(asked, input: turn.input, intent: turn.best?.intent)
        case .decline:
            return Outcome(reply: Reply(input: turn.input, intent: turn.best?.intent, text: Messages.offerDeclined), next: .idle)
        default:
            return idle.respond(to: turn)
        }
    }

    /// After "did you mean A or B?": an ordinal or the better-matching reading picks one.
    func askingBack(_ first: Candidate, _ second: Candidate, turn: Turn) -> Outcome {
        if let interrupted = answerInterruption(turn) { return interrupted }
        if let chosen = choose(between: first, second, result: turn.result), let intent = intents.intent(chosen.intent) {
            return answerer.answer(intent, candidate: chosen, turn: turn)
        }
        return idle.respond(to: turn)
    }

    /// After "which exercise?": a line that only names one fills the question.
    func askingForEntity(_ missing: Candidate, turn: Turn) -> Outcome {
        let result = turn.result
        let onlyNamesSomething = result.best.map { best in
            best.intent == missing.intent || best.evidence.allSatisfy { ["exercise", "target", "follow-up"].contains($0.role) }
        } ?? true
        if let interrupted = answerInterruption(turn) { return interrupted }
        if onlyNamesSomething, let mention = result.line.mentions.first, let intent = intents.intent(missing.intent) {
            let filled = Candidate(
                intent: missing.intent, score: missing.score + 0.2, evidence: missing.evidence,
                exercise: mention.kind == .exercise ? ExerciseID(mention.id) : nil, target: mention.kind == .target ? mention.id : missing.target,
                exerciseSource: .line, missing: nil)
            if filled.exercise != nil || intent.exercise != .required { return answerer.answer(intent, candidate: filled, turn: turn) }
        }
        return idle.respond(to: turn)
    }

    /// After "did you mean …?": yes answers the nearest reading; anything else is a fresh line.
    func suggesting(_ nearest: Candidate, turn: Turn) -> Outcome {
        if let interrupted = answerInterruption(turn) { return interrupted }
        guard turn.action(in: intents) == .affirm, let intent = intents.intent(nearest.intent) else { return idle.respond(to: turn) }
        return answerer.answer(intent, candidate: nearest, turn: turn)
    }

    /// After a routine was stopped: "continue" or yes picks it up where it stopped; questions keep the offer open.
    func stoppedRoutine(_ point: ResumePoint, turn: Turn) -> Outcome {
        if var interrupted = answerInterruption(turn) {
            if case .idle = interrupted.next { interrupted.next = .stoppedRoutine(point) }
            return interrupted
        }
        switch turn.action(in: intents) {
        case .resume, .affirm:
            return director.resume(point, input: turn.input, intent: turn.best?.intent)
        case .decline:
            return Outcome(reply: Reply(input: turn.input, intent: turn.best?.intent, text: Messages.offerDeclined), next: .idle)
        case .instructions:
            // "How do I do that one properly?" after stopping: the exercise named, or the one the routine stopped at.
            let exercise = turn.best?.exerciseSource == .line ? turn.best?.exercise : answerer.context.exercise
            return Outcome(reply: Reply(input: turn.input, intent: turn.best?.intent, confidence: turn.best?.score ?? 0, exercise: exercise,
                                        text: answerer.howTo(exercise), explanation: turn.explanation), next: .stoppedRoutine(point))
        default:
            var outcome = idle.respond(to: turn)
            if case .idle = outcome.next, !outcome.reply.endsSession { outcome.next = .stoppedRoutine(point) }
            return outcome
        }
    }

    /// After an urgent answer: a yes or a no said to it ("yes, it was confirmed", "no") gets the same advice again,
    /// never an exercise, and a no the chance to say the line again; a request to start a routine ("let's go, routine
    /// please") starts it, as it would with nothing pending, and anything else is a fresh line.
    func warned(_ finding: RedFlagDetector.Finding, turn: Turn) -> Outcome {
        if let interrupted = answerInterruption(turn) { return interrupted }
        let action = turn.action(in: intents)
        // A yes that leads a line asking nothing is said to the advice, whatever answer the rest reads as ("yes nothing
        // helps, I've tried every position going"); a no may go on to ask something else, which is answered, and a
        // request to act ("yes start a routine") is done.
        let leading = turn.result.leadingAnswer.flatMap { intents.intent($0)?.action }
        let saysYes = leading == .affirm && [nil, .answer].contains(action) && !Self.asksQuestion(turn)
        let answer = saysYes ? .affirm : action
        guard answer == .affirm || answer == .decline else { return idle.respond(to: turn) }
        // A yes read where nothing waited for one would have been this request ("let's go, routine please").
        if action == .affirm || action == .decline, let routine = turn.result.candidates.first(where: { candidate in
            candidate.score >= turn.result.threshold && intents.intent(candidate.intent)?.action == .startRoutine
        }) {
            return idle.startRoutine(turn, asked: routine)
        }
        // A no that tells what settles the symptom takes the warning back: "no, it eases once I turn over".
        if answer == .decline, answerer.matcher.withdraws(answering: turn.input, warned: finding) {
            return Outcome(reply: Reply(input: turn.input, intent: turn.result.leadingAnswer ?? turn.best?.intent, text: Messages.warningWithdrawn,
                                        explanation: turn.explanation), next: .idle)
        }
        var text = AnswerTemplate.render(finding.intent.answer, values: ["symptom": finding.symptom.name])
        if answer == .decline { text += "\n\n" + Messages.warnedAfterNo }
        return Outcome(reply: Reply(input: turn.input, understood: true, intent: finding.intent.id, confidence: 1, urgent: true, text: text,
                                    explanation: turn.explanation), next: .warned(finding))
    }

    /// Whether a line asks something: a question mark, a question word ("yes but what can I do"), or a clause or
    /// the word after its first opened by a verb that asks ("yes, can I still do the stretches").
    static func asksQuestion(_ turn: Turn) -> Bool {
        let tokens = turn.result.line.tokens
        return turn.input.contains("?") || tokens.indices.contains { index in
            let opens = index <= 1 || tokens[index - 1].clause != tokens[index].clause
            // "doesn't matter how I lie" asks nothing.
            let asksWord = questionWords.contains(tokens[index].text) && (index == 0 || tokens[index - 1].text != "matter")
            return asksWord || opens && askingVerbs.contains(tokens[index].text)
        }
    }

    /// Words that ask wherever they stand.
    private static let questionWords: Set<String> = ["how", "what", "whats", "which", "why", "where", "when"]

    /// Verbs that ask when they open a clause.
    private static let askingVerbs: Set<String> = ["can", "could", "should", "shall", "do", "does", "is", "are", "will", "would"]

    /// The answer to a pain report or a medical question, which a pending question never takes: the line's best
    /// reading, or, when the best is a yes, any reading that clears the threshold ("they're fine, but my knees hurt
    /// in the wall sit" reports pain; it starts nothing).
    private func answerInterruption(_ turn: Turn) -> Outcome? {
        let saysYes = [.affirm, .resume].contains(turn.action(in: intents))
        for candidate in turn.result.candidates.prefix(saysYes ? .max : 1) where candidate.score >= turn.result.threshold {
            guard let intent = intents.intent(candidate.intent), intent.action == .reportPain || intent.veto else { continue }
            return answerer.answer(intent, candidate: candidate, turn: turn)
        }
        return nil
    }

    /// Which of two readings a reply picks: by ordinal in a short reply ("the first"), or by which one the reply
    /// matches better.
    private func choose(between first: Candidate, _ second: Candidate, result: MatchResult) -> Candidate? {
        let words = Set(result.line.tokens.map(\.text))
        if result.line.tokens.count <= 3 {
            if !words.isDisjoint(with: Self.firstWords) && words.isDisjoint(with: Self.secondWords) { return first }
            if !words.isDisjoint(with: Self.secondWords) { return second }
        }
        let scores = Dictionary(result.candidates.map { ($0.intent, $0.score) }, uniquingKeysWith: max)
        let a = scores[first.intent] ?? 0, b = scores[second.intent] ?? 0
        guard max(a, b) > 0.3, a != b else { return nil }
        return a > b ? first : second
    }

    private static let firstWords: Set<String> = ["first", "1", "former", "one"]
    private static let secondWords: Set<String> = ["second", "2", "latter"]
}

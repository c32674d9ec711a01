import Foundation

/// The conversation: takes lines in, gives replies out. Answers questions, offers and runs routines, keeps
/// context for follow-ups, and puts red flags ahead of everything. It never touches the terminal.
public final class Coach {
    /// The knowledge base answers come from.
    public let knowledge: KnowledgeBase
    /// The matcher that reads each line.
    public let matcher: IntentMatcher
    /// Whether timed steps take real time.
    public let pace: Pace
    /// The session log, or nil to keep no log.
    public let log: SessionLog?

    private let clock: CoachClock
    private let composer: AnswerComposer
    private let builder: RoutineBuilder
    private var context = MatchContext()
    private var pendingOffer: RoutineRequest?
    private var pendingAskBack: (Candidate, Candidate)?
    private var pendingMissing: Candidate?
    private var lastExplanation: Explanation?
    private var runner: RoutineRunner?
    private var lastTick: Date?
    private var instantSeconds = 0.0
    private var lastHoldsEnded = 0

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
        self.clock = clock
        self.composer = AnswerComposer(knowledge: knowledge, intents: matcher.intents)
        self.builder = RoutineBuilder(knowledge: knowledge)
    }

    /// The running routine, for a terminal to draw its countdown; nil when none runs.
    public var activeRoutine: RoutineRunner? { runner }

    /// The current routine step as scripts see it.
    public var routineSnapshot: RoutineSnapshot? { RoutineSnapshot(runner) }

    // MARK: Lines

    /// Answers one line.
    public func respond(to raw: String) -> Reply {
        let input = TextNormalizer.sanitized(raw)
        if raw.unicodeScalars.count > TextNormalizer.maximumLineLength, let finding = matcher.redFlag(inLongLine: raw) {
            return redFlagReply(input, finding: finding, explanation: nil)
        }
        if let runner { return respondInRoutine(input, runner: runner) }
        if isExplainRequest(input) { return explainReply(input) }
        if pendingOffer == nil, let command = RoutineCommand.parse(input), Self.commandsNeedingARoutine.contains(command) {
            return Reply(input: input, understood: false, intent: nil, text: Messages.noRoutine)
        }
        let result = matcher.match(input, context: context)
        let explanation = Explanation(result, input: input)
        defer { lastExplanation = explanation }
        if result.redFlag != nil { return redFlagReply(input, result: result, explanation: explanation) }
        if let reply = resolvePending(input, result: result, explanation: explanation) { return reply }
        return answer(input, result: result, explanation: explanation)
    }

    /// Starts a routine directly, as `backcoach routine` does.
    public func startRoutine(_ request: RoutineRequest, input: String = "") -> Reply {
        pendingOffer = nil
        let plan: RoutinePlan
        do {
            plan = try builder.build(request)
        } catch {
            let text: String
            switch error {
            case .unknownFocus(let focus): text = Messages.unknownFocus(focus)
            case .tooShort(let minutes, let shortest): text = Messages.tooShort(minutes: minutes, shortestSeconds: shortest)
            }
            return Reply(input: input, understood: true, intent: "start-routine", text: text)
        }
        let runner = RoutineRunner(plan: plan, knowledge: knowledge, started: clock.now)
        self.runner = runner
        lastTick = clock.now
        instantSeconds = 0
        lastHoldsEnded = 0
        let names = plan.items.map { item in
            "\(knowledge.exercise(id: item.exercise)?.spokenName ?? item.exercise) (\(item.doseDescription))"
        }
        let minutes = max(1, Int((Double(plan.estimatedSeconds) / 60).rounded()))
        let said = [Messages.routineBuilt(level: plan.level, exercises: names, minutes: minutes)] + runner.begin()
        return routineReply(input, intent: "start-routine", said: said)
    }

    /// Moves real time forward on a running countdown; returns what to say when a step ended.
    public func tick() -> Reply? {
        guard let runner, pace == .real else { return nil }
        let now = clock.now
        let elapsed = now.timeIntervalSince(lastTick ?? now)
        lastTick = now
        let said = runner.elapse(elapsed)
        guard !said.isEmpty || runner.isFinished else { return nil }
        return routineReply("", intent: nil, said: said)
    }

    /// Input ended: a running routine stops cleanly and is logged with what was done.
    public func endOfInput() -> Reply? {
        guard let runner else { return nil }
        runner.stop()
        return routineReply("", intent: nil, said: [], outcome: .endedEarly)
    }

    /// Ctrl-C during a routine: the routine stops, the session goes on.
    public func interrupt() -> Reply? {
        guard let runner else { return nil }
        runner.stop()
        return routineReply("", intent: nil, said: [], outcome: .stopped)
    }

    // MARK: Routines

    /// The intent that says why an exercise helps; asked about a target the exercise does not help, the coach
    /// says so and recommends the article's exercise for it.
    private static let benefitsIntent = "benefits"

    /// Commands that only make sense while a routine runs.
    private static let commandsNeedingARoutine: Set<RoutineCommand> = [.skip, .back, .again, .pause, .resume, .stop]

    private func respondInRoutine(_ input: String, runner: RoutineRunner) -> Reply {
        let result = matcher.match(input, context: context)
        if result.redFlag != nil {
            return redFlagReply(input, result: result, explanation: Explanation(result, input: input))
        }
        if runner.awaitingPainChoice {
            let words = Set(TextNormalizer.tokens(input).map(\.text))
            if !words.isDisjoint(with: ["skip", "next", "continue", "go", "on"]) {
                return routineReply(input, intent: "routine-skip", said: runner.skipPainfulExercise())
            }
            if !words.isDisjoint(with: ["end", "stop", "finish", "quit", "done", "no", "exit"]) {
                runner.stop()
                return routineReply(input, intent: "routine-stop", said: [], outcome: .pain)
            }
            return routineReply(input, intent: nil, said: [Messages.painChoice])
        }
        if let command = RoutineCommand.parse(input) {
            return routineCommand(command, input: input, runner: runner)
        }
        if let best = result.best, best.intent == "pain" || result.line.words.contains("ouch") {
            return routineReply(input, intent: "pain", said: runner.reportPain(input))
        }
        if let best = result.best, best.intent == "quit" {
            runner.stop()
            var reply = routineReply(input, intent: "quit", said: [], outcome: .stopped)
            reply.text += "\n" + Messages.goodbye
            reply.endsSession = true
            return reply
        }
        if let best = result.best, best.intent != "start-routine" {
            let explanation = Explanation(result, input: input)
            lastExplanation = explanation
            var reply = answer(input, result: result, explanation: explanation, offering: false)
            reply.text += "\n" + runner.describeCurrent()
            reply.routine = RoutineSnapshot(runner)
            return reply
        }
        return routineReply(input, intent: nil, said: [Messages.awaitingDone], understood: false)
    }

    private func routineCommand(_ command: RoutineCommand, input: String, runner: RoutineRunner) -> Reply {
        var said: [String]
        switch command {
        case .done:
            guard let step = runner.current, !step.isTimed else {
                if runner.isPaused { said = runner.resume() } else { said = [] }
                return routineReply(input, intent: "routine-done", said: said)
            }
            said = runner.done()
        case .skip: said = runner.skip()
        case .back: said = runner.back()
        case .again: said = runner.repeatStep()
        case .pause: said = runner.isPaused ? runner.resume() : runner.pause()
        case .resume: said = runner.resume()
        case .stop:
            runner.stop()
            return routineReply(input, intent: "routine-stop", said: [], outcome: .stopped)
        case .instructions:
            let exercise = runner.current.flatMap { knowledge.exercise(id: $0.exercise) }
            let howTo = matcher.intents.intent("how-to")
            said = [howTo.map { composer.answer($0, exercise: exercise, target: nil) } ?? "", runner.describeCurrent()]
        }
        lastTick = clock.now
        return routineReply(input, intent: "routine-\(command)", said: said)
    }

    /// In instant pace, completes timed steps at once and counts their time.
    private func settleInstantSteps() -> [String] {
        guard pace == .instant, let runner else { return [] }
        let (said, seconds) = runner.completeTimedSteps()
        instantSeconds += seconds
        return said
    }

    /// A reply during a routine: in instant pace timed steps complete first; when the routine has ended, adds
    /// the summary and logs it.
    private func routineReply(_ input: String, intent: String?, said: [String], outcome: SessionOutcome? = nil, understood: Bool = true) -> Reply {
        var lines = said + settleInstantSteps()
        let holdsEnded = runner?.holdsEnded ?? 0
        defer { lastHoldsEnded = holdsEnded }
        let exercise = runner?.lastExercise
        if let runner, runner.isFinished {
            let pain = runner.exerciseResults().contains { $0.status == .pain }
            let kind = outcome ?? (runner.wasStopped ? .stopped : pain ? .pain : .completed)
            lines.append(finishRoutine(runner, outcome: kind))
        }
        var reply = Reply(
            input: input, understood: understood, intent: intent, confidence: 1, exercise: exercise,
            text: lines.filter { !$0.isEmpty }.joined(separator: "\n"), routine: RoutineSnapshot(runner)
        )
        reply.holdEnded = holdsEnded > lastHoldsEnded
        return reply
    }

    /// Ends a routine: the summary, written to the log, with a suggestion for next time.
    private func finishRoutine(_ runner: RoutineRunner, outcome: SessionOutcome) -> String {
        self.runner = nil
        let ended = clock.now
        let seconds = Int((ended.timeIntervalSince(runner.started) + instantSeconds).rounded())
        let results = runner.exerciseResults()
        let name = { (id: String) in self.knowledge.exercise(id: id)?.spokenName ?? id }
        var text = Messages.summary(
            done: results.filter { $0.status == .completed || $0.status == .partial }.map { "\(name($0.exercise)) (\($0.dose))" },
            stoppedDuring: results.filter { $0.status == .stopped }.map { name($0.exercise) },
            skipped: results.filter { $0.status == .skipped }.map { name($0.exercise) },
            pain: results.filter { $0.status == .pain }.map { name($0.exercise) },
            notReached: results.filter { $0.status == .notReached }.map { name($0.exercise) },
            seconds: seconds, stopped: outcome != .completed
        )
        guard let log, runner.hasProgress || outcome != .endedEarly else { return text }
        let record = SessionRecord(
            started: runner.started, ended: ended.addingTimeInterval(instantSeconds), seconds: seconds,
            level: runner.plan.level, focus: runner.plan.focus, outcome: outcome, exercises: results,
            painReports: runner.painReports
        )
        do {
            try log.append(record)
            if outcome == .completed, let suggestion = ProgressAdvisor(knowledge: knowledge).suggestion(for: log.read().records) {
                text += "\n" + suggestion
            }
        } catch {
            text += "\n" + Messages.logNotSaved(error.description)
        }
        return text
    }

    // MARK: Answers

    private func answer(_ input: String, result: MatchResult, explanation: Explanation, offering: Bool = true) -> Reply {
        if let (first, second) = result.ambiguity, matcher.intents.intent(first.intent)?.askBack != nil,
            matcher.intents.intent(second.intent)?.askBack != nil
        {
            pendingAskBack = (first, second)
            if first.exercise == second.exercise || second.exercise == nil { context.exercise = first.exercise ?? context.exercise }
            if first.target == second.target || second.target == nil { context.target = first.target ?? context.target }
            let phrase = { (candidate: Candidate) in
                self.composer.askBackPhrase(
                    self.matcher.intents.intent(candidate.intent)!, exercise: candidate.exercise.flatMap(self.knowledge.exercise),
                    target: candidate.target)
            }
            return Reply(input: input, understood: true, intent: nil, confidence: first.score, exercise: first.exercise,
                         text: Messages.askBack(phrase(first), phrase(second)), explanation: explanation)
        }
        guard let best = result.best, let intent = matcher.intents.intent(best.intent) else {
            return notUnderstood(input, result: result, explanation: explanation)
        }
        if let missing = best.missing {
            pendingMissing = best
            return Reply(input: input, understood: true, intent: best.intent, confidence: best.score,
                         text: missing == .exercise ? Messages.askExercise : Messages.askTarget, explanation: explanation)
        }
        if intent.id == Self.benefitsIntent, let exercise = best.exercise.flatMap(knowledge.exercise), best.exerciseSource == .line,
            let target = result.line.mentions.first(where: { $0.kind == .target && !exercise.targets.contains($0.id) }),
            let recommend = matcher.intents.intent(IntentMatcher.targetIntent)
        {
            let others = knowledge.exercises(forTarget: target.id)
            let lead = Messages.notLinked(exercise: exercise.spokenName, target: composer.targetLabel(target.id), instead: others.map(\.spokenName))
            var reply = answer(recommend, candidate: Candidate(
                intent: recommend.id, score: best.score, evidence: best.evidence, exercise: nil, target: target.id,
                exerciseSource: nil, missing: nil), input: input, explanation: explanation, offering: offering)
            reply.text = lead + "\n" + reply.text
            return reply
        }
        return answer(intent, candidate: best, input: input, explanation: explanation, offering: offering)
    }

    private func answer(_ intent: IntentDefinition, candidate: Candidate, input: String, explanation: Explanation?, offering: Bool = true) -> Reply {
        var candidate = candidate
        if candidate.exercise == nil, let target = candidate.target, case let only = knowledge.exercises(forTarget: target), only.count == 1 {
            candidate = Candidate(intent: candidate.intent, score: candidate.score, evidence: candidate.evidence, exercise: only[0].id,
                                  target: target, exerciseSource: .target, missing: nil)
        }
        let exercise = candidate.exercise.flatMap(knowledge.exercise)
        context = MatchContext(lastIntent: intent.id, exercise: candidate.exercise ?? context.exercise, target: candidate.target ?? context.target)
        switch intent.id {
        case "start-routine":
            return startRoutine(routineRequest(from: input, candidate: candidate), input: input)
        case "session-history":
            let records = log?.read()
            var text = ProgressAdvisor(knowledge: knowledge).summary(of: records?.records ?? [], now: clock.now)
            if let unreadable = records?.unreadable, unreadable > 0 { text += "\n" + Messages.corruptLogLines(unreadable) }
            return Reply(input: input, intent: intent.id, confidence: candidate.score, text: text, explanation: explanation)
        default:
            break
        }
        let text = composer.answer(intent, exercise: exercise, target: candidate.target)
        var reply = Reply(input: input, understood: true, intent: intent.id, confidence: min(1, candidate.score),
                          exercise: candidate.exercise, text: text, explanation: explanation,
                          endsSession: intent.id == "quit")
        if offering, intent.offersRoutine { reply.offer = makeOffer(exercise: exercise, target: candidate.target) }
        return reply
    }

    private func makeOffer(exercise: Exercise?, target: String?) -> String? {
        if let exercise {
            pendingOffer = RoutineRequest(focus: exercise.id)
            return Messages.offer(offerDose(exercise))
        }
        if let target {
            let exercises = knowledge.exercises(forTarget: target)
            if exercises.count == 1 { return makeOffer(exercise: exercises[0], target: nil) }
            guard !exercises.isEmpty else { return nil }
            pendingOffer = RoutineRequest(focus: target)
            let names = exercises.map(\.spokenName)
            return Messages.offerTarget(names.dropLast().joined(separator: ", ") + " and " + names.last!)
        }
        return nil
    }

    /// The beginner dose as an offer: "20 clam shells on each side".
    private func offerDose(_ exercise: Exercise) -> String {
        Messages.offerDose(builder.item(for: exercise, level: .beginner), name: exercise.spokenName)
    }

    private func notUnderstood(_ input: String, result: MatchResult, explanation: Explanation) -> Reply {
        let suggestions = result.candidates.prefix(2).filter { $0.score >= 0.4 }.compactMap { candidate -> String? in
            guard let intent = matcher.intents.intent(candidate.intent) else { return nil }
            return composer.askBackPhrase(intent, exercise: candidate.exercise.flatMap(knowledge.exercise), target: candidate.target)
        }
        return Reply(input: input, understood: false, intent: nil, confidence: result.candidates.first?.score ?? 0,
                     text: Messages.notUnderstood(suggestions: suggestions), explanation: explanation)
    }

    private func redFlagReply(_ input: String, result: MatchResult, explanation: Explanation) -> Reply {
        guard let finding = result.redFlag else { return notUnderstood(input, result: result, explanation: explanation) }
        return redFlagReply(input, finding: finding, explanation: explanation)
    }

    /// The urgent answer to a red flag: it ends any routine and drops every pending offer or question.
    private func redFlagReply(_ input: String, finding: RedFlagDetector.Finding, explanation: Explanation?) -> Reply {
        pendingOffer = nil
        pendingAskBack = nil
        pendingMissing = nil
        var text = AnswerTemplate.render(finding.intent.answer, values: ["symptom": finding.symptom.name])
        if let runner {
            runner.stop()
            self.runner = nil
            text += "\n\n" + finishRoutine(runner, outcome: .redFlag)
        }
        return Reply(input: input, understood: true, intent: finding.intent.id, confidence: 1, urgent: true,
                     text: text, explanation: explanation)
    }

    // MARK: Pending questions

    private func resolvePending(_ input: String, result: MatchResult, explanation: Explanation) -> Reply? {
        let words = result.line.words
        if let offer = pendingOffer {
            pendingOffer = nil
            if matches(words, any: matcher.intents.language.yes) { return startRoutine(offer, input: input) }
            if matches(words, any: matcher.intents.language.no) {
                return Reply(input: input, intent: "decline", text: Messages.offerDeclined)
            }
        }
        if let best = result.best, best.intent == "pain" || matcher.intents.intent(best.intent)?.veto == true {
            pendingAskBack = nil
            pendingMissing = nil
            return nil
        }
        if let (first, second) = pendingAskBack {
            pendingAskBack = nil
            if let chosen = choose(between: first, second, result: result), let intent = matcher.intents.intent(chosen.intent) {
                return answer(intent, candidate: chosen, input: input, explanation: explanation)
            }
        }
        if let missing = pendingMissing {
            pendingMissing = nil
            let onlyNamesSomething = result.best.map { best in
                best.intent == missing.intent || best.evidence.allSatisfy { ["exercise", "target", "follow-up"].contains($0.role) }
            } ?? true
            if onlyNamesSomething, let mention = result.line.mentions.first, let intent = matcher.intents.intent(missing.intent) {
                let filled = Candidate(
                    intent: missing.intent, score: missing.score + 0.2, evidence: missing.evidence,
                    exercise: mention.kind == .exercise ? mention.id : nil, target: mention.kind == .target ? mention.id : missing.target,
                    exerciseSource: .line, missing: nil)
                if filled.exercise != nil || intent.exercise != .required {
                    return answer(intent, candidate: filled, input: input, explanation: explanation)
                }
            }
        }
        return nil
    }

    /// Which of two asked-about readings a reply picks: by ordinal in a short reply ("the first"), or by which
    /// one the reply matches better.
    private func choose(between first: Candidate, _ second: Candidate, result: MatchResult) -> Candidate? {
        let words = Set(result.line.tokens.map(\.text))
        if result.line.tokens.count <= 3 {
            if !words.isDisjoint(with: ["first", "1", "former", "one"]) && words.isDisjoint(with: ["second", "2", "latter"]) { return first }
            if !words.isDisjoint(with: ["second", "2", "latter"]) { return second }
        }
        let scores = Dictionary(result.candidates.map { ($0.intent, $0.score) }, uniquingKeysWith: max)
        let a = scores[first.intent] ?? 0, b = scores[second.intent] ?? 0
        guard max(a, b) > 0.3, a != b else { return nil }
        return a > b ? first : second
    }

    /// Whether a reply is one of the phrases, give or take other phrases of the same list and polite words:
    /// "yes please", "ok sure, let's go" — but not "ok quit" or "how do I do it?".
    private func matches(_ words: [String], any phrases: [Phrase]) -> Bool {
        var rest = words[...]
        var matchedAny = false
        let polite = matcher.intents.language.polite
        while let first = rest.first {
            if let phrase = phrases.filter({ !$0.stems.isEmpty && rest.starts(with: $0.stems) }).max(by: { $0.stems.count < $1.stems.count }) {
                rest = rest.dropFirst(phrase.stems.count)
                matchedAny = true
            } else if polite.contains(first) {
                rest = rest.dropFirst()
            } else {
                return false
            }
        }
        return matchedAny
    }

    // MARK: Explain

    private func isExplainRequest(_ input: String) -> Bool {
        let words = TextNormalizer.tokens(input).map(\.text).joined(separator: " ")
        return ["why", "why that", "explain", "explain that", "why that answer", "how did you get that", "why did you say that"].contains(words)
    }

    private func explainReply(_ input: String) -> Reply {
        guard let explanation = lastExplanation else {
            return Reply(input: input, understood: true, intent: "explain", text: Messages.nothingToExplain)
        }
        return Reply(input: input, understood: true, intent: "explain", text: explanation.text, explanation: explanation)
    }

    // MARK: Routine requests

    /// Reads a focus, level and time limit out of a request like "a quick 10-minute beginner routine for my hips".
    private func routineRequest(from input: String, candidate: Candidate) -> RoutineRequest {
        let words = TextNormalizer.tokens(input).map(\.text)
        var request = RoutineRequest(focus: candidate.exercise.flatMap { candidate.exerciseSource == .line ? $0 : nil } ?? candidate.target)
        if words.contains(where: ["beginner", "beginners", "easy", "gentle", "starter"].contains) { request.level = .beginner }
        if words.contains(where: ["intermediate", "medium", "moderate"].contains) { request.level = .intermediate }
        if words.contains(where: ["advanced", "hard", "harder", "challenging", "tough"].contains) { request.level = .advanced }
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            guard ["minute", "minutes", "min", "mins"].contains(next) || word.hasSuffix("min") else { continue }
            let digits = word.hasSuffix("min") ? String(word.dropLast(3)) : word
            if let value = Int(digits) ?? Self.numberWords[digits], value > 0, value <= 240 { request.minutes = value }
        }
        return request
    }

    private static let numberWords = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fortyfive": 45, "sixty": 60,
    ]
}

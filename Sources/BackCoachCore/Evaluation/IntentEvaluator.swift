import Foundation

/// Runs labelled cases through a fresh coach each and measures how often the answer is right.
public struct IntentEvaluator {
    /// The intents under test.
    public let intents: IntentSet
    /// The knowledge base.
    public let knowledge: KnowledgeBase
    private let matcher: IntentMatcher

    /// Makes an evaluator; every case gets a fresh conversation over one shared matcher.
    public init(intents: IntentSet, knowledge: KnowledgeBase = .article) {
        self.intents = intents
        self.knowledge = knowledge
        matcher = IntentMatcher(intents: intents, knowledge: knowledge)
    }

    /// Every example of every intent, and every out-of-scope line, as cases.
    public func exampleCases() -> [EvaluationCase] {
        var cases: [EvaluationCase] = []
        for intent in intents.intents {
            for (example, line) in zip(intent.examples, intent.exampleLines) {
                let turns = Self.setUp(for: intent.heardIn) + [example]
                cases.append(EvaluationCase(turns: turns, intent: intent.id, exercise: nil, origin: "\(intent.file):\(line)"))
            }
        }
        for line in intents.outOfScope {
            cases.append(EvaluationCase(turns: [line.text], intent: .outOfScope, exercise: nil, origin: "\(line.file):\(line.line)"))
        }
        return cases
    }

    /// The turns that bring a conversation to where an intent is heard: a running routine, or a pending offer.
    public static func setUp(for context: DialogueContext?) -> [String] {
        switch context {
        case nil: []
        case .routine: ["start a routine", "done"]
        case .question: ["how many clam shells?"]
        }
    }

    /// What the coach answers to the last turn of a case: intent (or `out-of-scope` / `ask-back`) and exercise.
    public func predict(_ testCase: EvaluationCase) -> (intent: IntentID, exercise: ExerciseID?, urgent: Bool) {
        let coach = Coach(matcher: matcher, knowledge: knowledge, clock: VirtualClock(), pace: .instant, log: nil)
        var reply = Reply(input: "", text: "")
        for turn in testCase.turns { reply = coach.respond(to: turn) }
        let intent = reply.intent ?? (reply.understood ? .askBack : .outOfScope)
        return (intent, reply.exercise, reply.urgent)
    }

    /// Whether two intents give the same answer: the same intent, or two that carry out the same action other than
    /// answering from a template, as a pain report does whether it was read as the question intent or as the
    /// routine's act, and as "how do I do this?" does in a routine, read as how-to or as the instructions act.
    func sameAnswer(_ predicted: IntentID, _ expected: IntentID) -> Bool {
        guard predicted != expected else { return true }
        guard let answered = intents.intent(predicted), let meant = intents.intent(expected) else { return false }
        return !Self.acts(of: answered).isDisjoint(with: Self.acts(of: meant))
    }

    /// What an intent does besides answering: its action, and the act it is in a routine.
    static func acts(of intent: IntentDefinition) -> Set<IntentAction> {
        Set([intent.action, intent.routineAct].compactMap { $0 }).subtracting([.answer])
    }

    /// Scores every case.
    public func evaluate(_ cases: [EvaluationCase]) -> EvaluationReport {
        var perIntent: [IntentID: (correct: Int, total: Int)] = [:]
        var misses: [EvaluationReport.Miss] = []
        var inScope = (correct: 0, total: 0), outOfScope = (correct: 0, total: 0), redFlags = (correct: 0, total: 0)
        var falseAlarms = 0
        for testCase in cases {
            let predicted = predict(testCase)
            // An intent that never names an exercise (a medical question, a red flag) is right whatever exercise the
            // line mentioned.
            let exerciseMatters = intents.intent(testCase.intent).map { $0.exercise != .ignored } ?? true
            let right = sameAnswer(predicted.intent, testCase.intent)
                && (testCase.exercise == nil || !exerciseMatters || testCase.exercise == predicted.exercise)
            perIntent[testCase.intent, default: (0, 0)].total += 1
            if right { perIntent[testCase.intent, default: (0, 0)].correct += 1 }
            if !right { misses.append(.init(testCase: testCase, predicted: predicted.intent, predictedExercise: predicted.exercise)) }
            if testCase.intent == IntentID.outOfScope {
                outOfScope.total += 1
                if right { outOfScope.correct += 1 }
            } else {
                inScope.total += 1
                if right { inScope.correct += 1 }
            }
            if testCase.isRedFlag {
                redFlags.total += 1
                if predicted.urgent || intents.intent(predicted.intent)?.redFlag == .check { redFlags.correct += 1 }
            } else if predicted.urgent {
                falseAlarms += 1
            }
        }
        func share(_ pair: (correct: Int, total: Int)) -> Double { pair.total == 0 ? 1 : Double(pair.correct) / Double(pair.total) }
        return EvaluationReport(
            perIntent: perIntent, misses: misses, total: cases.count, inScopeAccuracy: share(inScope),
            outOfScopeRejection: share(outOfScope), redFlagRecall: share(redFlags), falseAlarms: falseAlarms)
    }
}

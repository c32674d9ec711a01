import BackCoachCore
import Testing

/// One example line from an intent file, named for the test report.
struct IntentExample: CustomTestStringConvertible, Sendable {
    let intent: IntentID
    let text: String
    let isRedFlag: Bool
    /// The turns that bring the conversation to where the intent is heard (a running routine, a pending offer).
    let setUp: [String]
    var testDescription: String { "\(intent): \"\(text)\"" }

    /// Every example of every built-in intent.
    static let all: [IntentExample] = Fixtures.intents.intents.flatMap { intent in
        intent.examples.map {
            IntentExample(intent: intent.id, text: $0, isRedFlag: intent.redFlag?.isUrgent == true, setUp: IntentEvaluator.setUp(for: intent.heardIn))
        }
    }
}

@Suite("Intent file examples")
struct IntentExampleTests {
    @Test("Every example in an intent file is answered by its own intent", arguments: IntentExample.all)
    func exampleMatchesItsIntent(_ example: IntentExample) {
        let coach = Fixtures.coach()
        for turn in example.setUp { _ = coach.respond(to: turn) }
        let reply = coach.respond(to: example.text)
        #expect(reply.intent == example.intent, "\(reply.text)")
        #expect(reply.urgent == example.isRedFlag)
    }

    @Test("Every out-of-scope line in the intents folder is not understood", arguments: Fixtures.intents.outOfScope.map(\.text))
    func outOfScopeIsRejected(_ line: String) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(!reply.understood, "answered as \(reply.intent ?? "nil"): \(reply.text)")
        #expect(reply.exercise == nil)
    }
}

import BackCoachCore
import Testing

/// How the back feels, said without a question, gets the exercises that fit: with or without "my", with a cause and
/// no body part named, and never for someone else's back or a part the article does not cover.
@Suite("Statements of how the back feels")
struct StatementTests {
    @Test("A state of the back, stated or followed by 'which stretch?', gets the exercises that fit, not the list", arguments: [
        ("lower back achy from sleeping on a bad mattress", "the lower back"),
        ("back is tight after long sitting at the computer", "the lower back"),
        ("stiff as a board after a day in the garden", "the lower back"),
        ("a bit achy after lifting bags of compost", "the lower back"),
        ("no trauma, no falls. just woke up stiff", "the lower back"),
        ("I've been hunched over fixing my laptop all day, back's stiff", "the lower back"),
        ("sore back from lifting the twins in and out of the car all day", "the lower back"),
        ("my lower back is stiff from the long flight, which stretch", "the lower back"),
        ("hips feel tight after cycling to work, what exercise?", "the hips"),
        ("no numbness, nothing like that, just stiff after the drive. any stretches?", "the lower back"),
        ("no fever, no numbness, only stiff, which exercise?", "the lower back"),
        ("my lower back is a disaster, which stretch do I need", "the lower back"),
    ])
    func statedState(_ line: String, target: String) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(reply.intent == "recommend", "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
        #expect(reply.text.hasPrefix("For \(target):"), "\(reply.text)")
    }

    @Test("A why, or a specific question that ties with 'what is', outranks the state the line mentions", arguments: [
        ("why would I stretch my hamstrings when my lower back is the problem", "benefits", "hamstring-stretch"),
        ("whats the twist do for my back anyway", "benefits", "reclining-twist"),
        ("what is the proper way to do a wall sit", "how-to", "wall-sit"),
    ] as [(String, IntentID, ExerciseID)])
    func whyOverState(_ line: String, intent: IntentID, exercise: ExerciseID) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(reply.intent == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
        #expect(reply.exercise == exercise)
    }

    @Test("Not a state of the speaker's back: another topic, another body part, tiredness, a question", arguments: [
        ("what's the best mattress for a sore back", "out-of-scope"),
        ("translate back pain into Spanish", "out-of-scope"),
        ("my knee is sore after running", nil),
        ("the kids were wild all day and I'm knackered", "out-of-scope"),
        ("my hamstrings feel tight, how long do I hold the stretch", "dose"),
    ] as [(String, IntentID?)])
    func notAStatedState(_ line: String, intent: IntentID?) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(!reply.text.contains("For the lower back"), "\(reply.text)")
        if let intent { #expect((reply.intent ?? "out-of-scope") == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)") }
    }

    @Test("A back after 'I' in its sentence is the speaker's, so someone else's illness is not their red flag", arguments: [
        ("the kids have a tummy bug and I'm on clean-up duty, back's stiff from bending", false),
        ("my mum had a fall last week and now her back is really bad", true),
        ("I care for incontinent residents all day and my back is sore, what helps", false),
        ("I'm incontinent since my back went last week", true),
        ("shivering one minute, sweating the next, and my back is killing me", true),
    ])
    func whoseBack(_ line: String, redFlag: Bool) {
        let reply = Fixtures.coach().respond(to: line)
        let flagged = reply.urgent || reply.intent == "red-flag-check"
        #expect(flagged == redFlag, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }
}

import BackCoachCore
import Foundation
import Testing

/// Context and wording in a routine: "this" is the exercise being done, cancel stops the routine, and typo
/// correction never makes a red flag out of an ordinary word.
@Suite("Dialogue context")
struct DialogueContextTests {
    /// A coach whose routine is at the wall sits.
    static func atWallSits() -> Coach {
        let coach = Fixtures.coach(pace: .real)
        _ = coach.respond(to: "how many clam shells?")
        _ = coach.respond(to: "start a wall sit routine")
        return coach
    }

    @Test("During wall sits, 'this', 'it' and 'why?' mean wall sits, not the exercise asked about before",
          arguments: ["how long do I hold this?", "why?", "how many do I do of it?", "why does this help?"])
    func routineContext(_ line: String) throws {
        let coach = Self.atWallSits()
        #expect(coach.activeRoutine?.current?.exercise == "wall-sit")
        let reply = coach.respond(to: line)
        #expect(reply.text.contains("Wall sits") || reply.text.contains("wall sits"), "\(reply.text)")
        #expect(!reply.text.contains("Clam shells:"), "\(reply.text)")
        #expect(coach.activeRoutine != nil, "the routine goes on")
    }

    @Test("Mid-routine, asking how to do an exercise shows all its steps, then the step again: the routine's instructions",
          arguments: [
              ("how is this one performed?", "wall-sit", "How to do wall sits"), ("show me the steps for this", "wall-sit", "How to do wall sits"),
              ("please describe how to do the partial crunch", "partial-crunch", "How to do partial crunches"),
          ] as [(String, ExerciseID, String)])
    func howToInRoutine(_ line: String, exercise: ExerciseID, shown: String) {
        let coach = Self.atWallSits()
        let reply = coach.respond(to: line)
        #expect(reply.text.hasPrefix(shown), "\(reply.text)")
        #expect(!reply.text.contains("say more"), "every step is shown: \(reply.text)")
        #expect(reply.text.split(separator: "\n").last?.contains("Wall sits") == true, "then the step again: \(reply.text)")
        #expect(reply.exercise == exercise, "\(reply.text)")
        #expect(coach.activeRoutine != nil, "the routine goes on")
    }

    @Test("After a pause, 'ready now', 'ok' or 'done' resumes the routine, and the reply says it resumed",
          arguments: ["ready now, crack on", "ok", "done"])
    func resumeAfterPause(_ line: String) {
        let coach = Self.atWallSits()
        _ = coach.respond(to: "pause")
        #expect(coach.activeRoutine?.isPaused == true)
        let reply = coach.respond(to: line)
        #expect(reply.intent == "routine-resume", "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
        #expect(coach.activeRoutine?.isPaused == false, "\(reply.text)")
    }

    @Test("After a pause, a line that says another person's go or ok stays paused",
          arguments: ["my husband has had a temperature for three days, should he go to the GP?", "my toddler bumped his head, is he ok"])
    func anotherPersonsWordsDoNotResume(_ line: String) {
        let coach = Self.atWallSits()
        _ = coach.respond(to: "pause")
        let reply = coach.respond(to: line)
        #expect(reply.intent != "routine-resume", "\(reply.text)")
        #expect(coach.activeRoutine?.isPaused == true, "\(reply.text)")
    }

    /// A routine that ended, and a question after it that names no exercise.
    static let afterRoutines: [(turns: [String], question: String, intent: IntentID, exercise: ExerciseID)] = [
        (["start a wall sit routine"], "how do I do this one again", "how-to", "wall-sit"),
        (["start the hamstring stretch"], "why am I doing this one", "benefits", "hamstring-stretch"),
        (["start a twist routine", "stop"], "why does that one help", "benefits", "reclining-twist"),
        (["start a routine", "stop"], "how many of those am I meant to do", "dose", "partial-crunch"),
        (["start a crunch routine", "that's enough for today"], "how many should I be doing", "dose", "partial-crunch"),
    ]

    @Test("After a routine ends, a question that names no exercise is about the exercise it ended on",
          arguments: afterRoutines)
    func afterRoutine(_ routine: (turns: [String], question: String, intent: IntentID, exercise: ExerciseID)) {
        let coach = Fixtures.coach()
        _ = coach.respond(to: "what's a clam shell?")
        _ = coach.respond(to: "no thanks")
        for turn in routine.turns { _ = coach.respond(to: turn) }
        #expect(coach.activeRoutine == nil, "the routine has ended")
        let reply = coach.respond(to: routine.question)
        #expect(reply.intent == routine.intent, "\(reply.text)")
        #expect(reply.exercise == routine.exercise, "\(reply.text)")
    }

    @Test("After stopping, 'how do I do that one?' shows how to do the exercise the routine stopped at", arguments: [
        (["start a routine", "stop"], "how do I do that one properly", "Partial crunches"),
        (["start a wall sit routine", "pause", "stop"], "remind me how this one goes", "wall sits"),
        (["start a routine", "stop"], "how do I do the clam shell", "clam shells"),
    ])
    func instructionsAfterStopping(_ turns: [String], question: String, shown: String) {
        let coach = Fixtures.coach(pace: .real)
        for turn in turns { _ = coach.respond(to: turn) }
        let reply = coach.respond(to: question)
        #expect(reply.text.localizedCaseInsensitiveContains("how to do \(shown)"), "\(reply.text)")
        #expect(coach.respond(to: "continue").text.contains("Exercise"), "the stopped routine can still be picked up")
    }

    @Test("After urgent advice, a yes or a no said to it gets the advice again, never an exercise, and so does a yes that goes on to tell why; a routine asked for, or a question, is answered; a no that tells what settles an urgent sign takes it back, never an emergency one", arguments: [
        ("there was a cancer worry with me a few years back", "yes, it was confirmed, I had treatment", Expected.advice),
        ("I have lost control of my bladder", "no", .advice),
        ("start a routine >> done >> I feel feverish and shivery all of a sudden", "yeah ok", .advice),
        ("I have lost control of my bladder", "let's go, routine please", .routine),
        ("I have lost control of my bladder", "how do I do a wall sit", .answer),
        ("pain wakes me at night", "yes nothing helps, I've tried every position going", .advice),
        ("pain wakes me at night", "yes start a routine", .routine),
        ("pain wakes me at night", "yes, how do I do a wall sit", .answer),
        ("pain wakes me at night", "no, can you tell me how to do a wall sit", .answer),
        ("pain wakes me at night", "no, it eases once I turn over", .withdrawn),
        ("pain wakes me at night", "yes, doesn't matter how I lie, it doesn't ease", .advice),
        ("pain wakes me at night", "no, it's worse when I lie down", .advice),
        ("I have lost control of my bladder", "no, it eases once I turn over", .advice),
    ] as [(String, String, Expected)])
    func afterUrgentAdvice(_ before: String, line: String, expected: Expected) {
        let coach = Fixtures.coach()
        for turn in before.components(separatedBy: " >> ") { _ = coach.respond(to: turn) }
        let reply = coach.respond(to: line)
        switch expected {
        case .advice: #expect(reply.urgent && reply.exercise == nil && coach.activeRoutine == nil, "\(reply.text)")
        case .routine: #expect(!reply.urgent && coach.activeRoutine != nil, "\(reply.text)")
        case .answer: #expect(!reply.urgent && reply.text.contains("How to do wall sits"), "\(reply.text)")
        case .withdrawn: #expect(!reply.urgent && reply.text == Messages.warningWithdrawn, "\(reply.text)")
        }
    }

    /// What a line said after urgent advice gets.
    enum Expected: Sendable { case advice, routine, answer, withdrawn }

    @Test("cancel mid-routine stops the routine and is never read as a red flag", arguments: ["cancel", "cancel that", "Cancel!", "cancle"])
    func cancelStops(_ line: String) {
        let coach = Fixtures.coach()
        _ = coach.respond(to: "start a routine")
        let reply = coach.respond(to: line)
        #expect(!reply.urgent)
        #expect(coach.activeRoutine == nil, "\(reply.text)")
        #expect(reply.text.contains("Routine stopped"))
    }

    /// Ordinary words one edit from a red-flag word, and a sentence using each.
    static let nearRedFlagWords: [(word: String, line: String)] = [
        ("cancel", "can I cancel my gym membership and do these at home?"),
        ("ladder", "I climbed a ladder to paint the ceiling, which stretch helps my shoulders and back?"),
        ("fewer", "can I do fewer clam shells on my bad side?"),
        ("bowl", "I do the twist after my bowl of porridge, is that ok?"),
        ("bowler", "I'm a bowler, will wall sits help my back?"),
        ("feather", "the clam shell feels light as a feather now"),
        ("falling", "my motivation keeps falling, any tips?"),
        ("numbers", "can you crunch the numbers on how many reps I need?"),
        ("wetter", "the weather is wetter today so I'll do the stretches inside"),
    ]

    @Test("Typo correction never turns an ordinary word into a red-flag word", arguments: nearRedFlagWords.map(\.line))
    func noRedFlagFromTypos(_ line: String) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(!reply.urgent, "\(reply.text)")
        let corrections = reply.explanation?.corrections ?? []
        #expect(!corrections.contains { ["cancer", "ladder", "fever", "bowel", "bladder", "fall", "numbness"].contains($0.understood) })
    }

    @Test("Each line is tokenised once, whatever the dialogue state")
    func tokenisedOnce() {
        let lines = ["how many clam shells?", "yes", "done", "how long do I hold this?", "why?", "pause", "resume",
                     "my back hurts", "skip", "stop", "continue", "what did I do last time?", "explain", "bye"]
        let counter = TokenCounter()
        let coach = Fixtures.coach()
        TextNormalizer.$tokenCounter.withValue(counter) {
            for line in lines { _ = coach.respond(to: line) }
        }
        #expect(counter.count == lines.count)
    }
}

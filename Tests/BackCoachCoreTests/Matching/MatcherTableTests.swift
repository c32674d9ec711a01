import BackCoachCore
import Testing

/// A line, the intent and exercise it must get, and why the case matters.
struct MatchCase: CustomTestStringConvertible, Sendable {
    let line: String
    let intent: IntentID?
    let exercise: ExerciseID?
    let note: String
    var testDescription: String { "\(note): \"\(line)\"" }
}

@Suite("Matcher")
struct MatcherTableTests {
    static let wording: [MatchCase] = [
        MatchCase(line: "how many clam-shell reps should I do?", intent: "dose", exercise: "clam-shell", note: "hyphenated name"),
        MatchCase(line: "how many clam shells", intent: "dose", exercise: "clam-shell", note: "spaced plural"),
        MatchCase(line: "HOW MANY CLAMSHELLS???", intent: "dose", exercise: "clam-shell", note: "capitals and punctuation"),
        MatchCase(line: "how many clamshwlls", intent: "dose", exercise: "clam-shell", note: "typo in a long word"),
        MatchCase(line: "how long do i hold the hamstirng stretch", intent: "dose", exercise: "hamstring-stretch", note: "swapped letters"),
        MatchCase(line: "um so like how many wal sits should i do", intent: "dose", exercise: "wall-sit", note: "fillers and a split typo"),
        MatchCase(line: "rehabilitation squats?", intent: "overview", exercise: "wall-sit", note: "another name, alone"),
        MatchCase(line: "which stretch helps tight hamstrings?", intent: "recommend", exercise: "hamstring-stretch", note: "target with one exercise"),
        MatchCase(line: "anything for sciatica?", intent: "recommend", exercise: "clam-shell", note: "condition"),
        MatchCase(line: "what should I do to cool down", intent: "recommend", exercise: "reclining-twist", note: "goal"),
        MatchCase(line: "what works my abs", intent: "recommend", exercise: "partial-crunch", note: "slang body part"),
        MatchCase(line: "should I do standing toe touches?", intent: "cautions", exercise: "hamstring-stretch", note: "unsafe move"),
        MatchCase(line: "should I take ibuprofen for my back", intent: "medical", exercise: nil, note: "medication goes to a doctor"),
        MatchCase(line: "do I need surgery for my disc", intent: "medical", exercise: nil, note: "surgery goes to a doctor"),
        MatchCase(line: "I need to back up my laptop", intent: nil, exercise: nil, note: "shares 'back' only"),
        MatchCase(line: "hold my beer", intent: nil, exercise: nil, note: "shares 'hold' only"),
        MatchCase(line: "we need to stretch the budget", intent: nil, exercise: nil, note: "shares 'stretch' only"),
        MatchCase(line: "twist the lid off the jar", intent: nil, exercise: nil, note: "everyday use of an exercise word"),
        MatchCase(line: "sit down please", intent: nil, exercise: nil, note: "shares 'sit' only"),
        MatchCase(line: "I didn't even notice", intent: nil, exercise: nil, note: "'even' is no stem of 'evening'"),
        MatchCase(line: "good evening", intent: "greeting", exercise: nil, note: "'evening' greets"),
        MatchCase(line: "what's 15% of 80", intent: nil, exercise: nil, note: "a sum, with its percent sign read"),
        MatchCase(line: "where's the exit at the gym", intent: nil, exercise: nil, note: "a question about an exit never leaves"),
        MatchCase(line: "the emergency exit at my office is blocked, who do I report it to?", intent: nil, exercise: nil, note: "nor does one who-question"),
    ]

    @Test("Wording, typos and out-of-scope lines", arguments: wording)
    func wordingIsTolerated(_ testCase: MatchCase) {
        let reply = Fixtures.coach().respond(to: testCase.line)
        #expect(reply.intent == testCase.intent, "\(reply.text)")
        #expect(reply.understood == (testCase.intent != nil))
        #expect(reply.exercise == testCase.exercise)
    }

    static let redFlags: [MatchCase] = [
        MatchCase(line: "I've lost control of my bladder", intent: "red-flag-emergency", exercise: nil, note: "bladder"),
        MatchCase(line: "I can't feel anything between my legs", intent: "red-flag-emergency", exercise: nil, note: "saddle numbness"),
        MatchCase(line: "sciatica down both legs now", intent: "red-flag-emergency", exercise: nil, note: "both legs"),
        MatchCase(line: "I don't have control of my bowels", intent: "red-flag-emergency", exercise: nil, note: "negation that describes a symptom"),
        MatchCase(line: "I have a fever and my back hurts", intent: "red-flag-urgent", exercise: nil, note: "fever"),
        MatchCase(line: "my back started hurting after I fell down the stairs", intent: "red-flag-urgent", exercise: nil, note: "trauma"),
        MatchCase(line: "I'm 62 and this is the first time my back has hurt", intent: "red-flag-urgent", exercise: nil, note: "age over 50, first time"),
        MatchCase(line: "I can't walk properly since my workout", intent: "red-flag-emergency", exercise: nil, note: "walking changed, after exercise"),
        MatchCase(line: "I have no feeling in my groin", intent: "red-flag-emergency", exercise: nil, note: "a negation that is the symptom"),
        MatchCase(line: "I don't feel anything down there", intent: "red-flag-emergency", exercise: nil, note: "indirect saddle numbness"),
        MatchCase(line: "I had breast cancer and my husband says I should exercise", intent: "red-flag-urgent", exercise: nil, note: "history of cancer beside a family member"),
        MatchCase(line: "my back is stiff and at night the pain wakes me and no position helps", intent: "red-flag-urgent", exercise: nil, note: "night pain beside stiffness"),
        MatchCase(line: "I have numbness in my groin and my bladder is fine", intent: "red-flag-emergency", exercise: nil, note: "a denial of another symptom"),
    ]

    @Test("Red flags outrank everything", arguments: redFlags)
    func redFlagIsUrgent(_ testCase: MatchCase) {
        let reply = Fixtures.coach().respond(to: testCase.line)
        #expect(reply.urgent)
        #expect(reply.intent == testCase.intent)
        #expect(reply.offer == nil)
        #expect(reply.text.contains("doctor") || reply.text.contains("emergency"))
    }

    static let notRedFlags: [MatchCase] = [
        MatchCase(line: "no numbness, how many clam shells?", intent: "dose", exercise: "clam-shell", note: "denied numbness"),
        MatchCase(line: "I don't have a fever, which stretch helps tight hamstrings?", intent: "recommend", exercise: "hamstring-stretch", note: "denied fever"),
        MatchCase(line: "my bladder is fine, how long do I hold a wall sit?", intent: "dose", exercise: "wall-sit", note: "denial after the symptom"),
        MatchCase(line: "my back is stiff and sore this morning", intent: "recommend", exercise: nil, note: "ordinary soreness"),
        MatchCase(line: "I fell asleep on the sofa, what helps my hips?", intent: "recommend", exercise: "clam-shell", note: "fell asleep is no fall"),
        MatchCase(line: "I don't feel unwell at all, how long do I rest between wall sits", intent: "dose", exercise: "wall-sit", note: "denied unwell"),
        MatchCase(line: "bladder and bowels are totally fine, how do i do a wall sit", intent: "how-to", exercise: "wall-sit", note: "two symptoms denied after them"),
        MatchCase(line: "cancer runs in my family, is it ok to start exercising?", intent: "see-doctor-first", exercise: nil, note: "family history is not personal history"),
    ]

    @Test("Denied symptoms and ordinary soreness are no red flag", arguments: notRedFlags)
    func notUrgent(_ testCase: MatchCase) {
        let reply = Fixtures.coach().respond(to: testCase.line)
        #expect(!reply.urgent, "\(reply.text)")
        #expect(reply.intent == testCase.intent)
        #expect(reply.exercise == testCase.exercise)
    }

    @Test("A typo is explained as the word it was read as")
    func typoIsExplained() {
        let result = Fixtures.matcher.match("how many clamshwlls")
        #expect(result.line.corrections.contains(Correction(typed: "clamshwlls", understood: "clamshell")))
        #expect(result.best?.intent == "dose")
        #expect(result.best?.evidence.contains { $0.role == "exercise" && $0.typed == "clamshwlls" } == true)
    }
}

import BackCoachCore
import Testing

/// The short question asked when a line touches a red flag too vaguely to tell, and how its answer is read.
@Suite("The triage question")
struct TriageTests {
    @Test("The triage question is understood: yes is urgent, no goes back, anything else asks again", arguments: [
        ("my leg went numb >> yes", true), ("my leg went numb >> no", false), ("I had a fall >> yes it was bad", true),
        ("I had a fall >> nope", false),
    ])
    func triageAnswers(_ turns: String, urgent: Bool) {
        let reply = UnderstandingExamplesTests.reply(turns)
        #expect(reply.urgent == urgent, "\(reply.text)")
        #expect(reply.understood)
    }

    @Test("An unclear answer to the triage question asks again, never 'I didn't understand' nor an exercise")
    func triageAsksAgain() {
        let reply = UnderstandingExamplesTests.reply("my leg went numb >> how many clam shells")
        #expect(reply.intent == "red-flag-check" && reply.understood && reply.exercise == nil, "\(reply.text)")
    }

    @Test("Mid-routine, the triage question pauses the routine; no lets it go on")
    func triageInRoutine() {
        let coach = Fixtures.coach()
        _ = coach.respond(to: "start a routine")
        let asked = coach.respond(to: "my leg went numb")
        #expect(asked.intent == "red-flag-check" && !asked.urgent)
        let cleared = coach.respond(to: "no")
        #expect(!cleared.urgent)
        #expect(coach.activeRoutine?.isPaused == true)
        _ = coach.respond(to: "resume")
        #expect(coach.activeRoutine?.isPaused == false)
    }

    @Test("A no that names the symptom asked about again answers the question instead of being asked again", arguments: [
        "my leg went numb >> no, only pins and needles from sitting on it", "my calf went numb >> nope, just tingling from kneeling, it's gone",
    ])
    func noNamingTheSymptom(_ turns: String) {
        let reply = UnderstandingExamplesTests.reply(turns)
        #expect(reply.intent == "decline" && !reply.urgent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("The yes or no that leads an answer to the triage question is the answer, whatever the rest tells", arguments: [
        ("I might have lost some weight >> yeah, a few kilos in a month and I'm not dieting", "red-flag-urgent"),
        ("I'm a bit worried about my bowels >> nah they're normal, I'm just a worrier", "decline"),
        ("not feeling myself lately >> no temperature or anything, just tired from work", "decline"),
    ] as [(String, IntentID)])
    func leadingAnswer(_ turns: String, intent: IntentID) {
        let reply = UnderstandingExamplesTests.reply(turns)
        #expect(reply.intent == intent && reply.urgent == (intent == "red-flag-urgent"), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("An answer that finishes the sentence the question asked about is read with it: urgent only when the warning sign it makes holds the words asked about", arguments: [
        ("pins and needles in my leg >> both legs and a bit down below too", "red-flag-emergency"),
        ("I've lost weight >> it just dropped off, I haven't been dieting at all", "red-flag-urgent"),
        ("My leg went to sleep cos I sat on it >> the scaffold collapse on the news this morning was awful", "red-flag-check"),
        ("pins and needles in my leg >> just the one leg", "red-flag-check"),
    ] as [(String, IntentID)])
    func answerReadWithTheQuestion(_ turns: String, intent: IntentID) {
        let reply = UnderstandingExamplesTests.reply(turns)
        #expect(reply.intent == intent && reply.urgent == (intent != "red-flag-check"), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Fine or gone, said of the body, is a no to the triage question though 'fine' alone is a yes; a question naming both legs is no yes to an offer", arguments: [
        ("my leg went numb >> it's fine now, I'd been kneeling", "decline"),
        ("my leg went numb >> gone now", "decline"),
        ("my leg went numb >> fine", "red-flag-emergency"),
        ("how many clam shells >> do i stretch both legs with the towel one", nil),
    ] as [(String, IntentID?)])
    func fineSaidOfTheBody(_ turns: String, intent: IntentID?) {
        let reply = UnderstandingExamplesTests.reply(turns)
        #expect(reply.intent == intent && reply.urgent == (intent == "red-flag-emergency"), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("An age opening a later sentence states the writer's age, but not after a question it answers; a clause saying who another person is to the speaker keeps the symptom theirs", arguments: [
        ("Asking for myself this time lol. 58, worked in an office my whole career, never had a day of back pain until about 5 weeks ago", "red-flag-urgent"),
        ("How many reps? 60, is that too many? first time doing these", "cautions"),
        ("Retired schoolteacher, 71. I have never suffered back pain until this fortnight.", "red-flag-urgent"),
        ("Wall sits, 60. is that too many for a beginner", "dose"),
        ("the client I clean for has cancer, I'm fine, my back's sore from hoovering. which one is good", "recommend"),
        ("the man I cleaned for had cancer and I have cancer too", "red-flag-urgent"),
    ] as [(String, IntentID)])
    func whoseAgeAndWhoseSymptom(_ line: String, intent: IntentID) {
        let reply = UnderstandingExamplesTests.reply(line)
        #expect(reply.intent == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A short answer after a question denies what was asked; a last sentence that asks denies nothing", arguments: [
        ("night sweats? no. chills? not at all. which stretch for a stiff back", false),
        ("bladder control? fine. how many clam shells", false),
        ("numb groin since this morning. normal?", true),
        ("my legs are both numb. is that normal", true),
    ] as [(String, Bool)])
    func askedOrAnswered(_ line: String, urgent: Bool) {
        let reply = UnderstandingExamplesTests.reply(line)
        #expect(reply.urgent == urgent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A no that tells of another vague warning sign asks about that one")
    func noWithAnotherWarningSign() {
        let reply = UnderstandingExamplesTests.reply("my leg went numb >> no, but I had a bit of a slip on the stairs")
        #expect(reply.intent == "red-flag-check" && reply.text.contains("fall"), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A vague warning sign a clinician has checked, the all-clear told after it, gets its answer; told before it, or by nobody, the triage question", arguments: [
        ("had a fall in March, got x-rayed, all clear, what exercises are there", false),
        ("ER checked me after the fender bender, nothing broken, which stretch should I start with", false),
        ("my GP checked the tingling in my foot and said it's fine to exercise, how do I do clam shells", false),
        ("the doctor said I was fine last month but now my leg's gone numb", true),
        ("had a fall yesterday, nothing broken I think", true),
        ("had a fall, the GP hasn't given me the all clear yet", true),
        ("I had a fall, the GP says exercise is good", false), ("I had a fall, the GP said it's not fine", true),
    ])
    func clearedByClinician(_ line: String, asked: Bool) {
        let reply = Fixtures.coach().respond(to: line)
        #expect((reply.intent == "red-flag-check") == asked, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
        #expect(!reply.urgent, "\(reply.text)")
    }

    @Test("A clinician's all-clear told after a fall, a fever or a curved spine settles it; never a history of cancer, nor an all-clear the sentence sets against", arguments: [
        ("the fever was just flu and it's long gone now, the doctor signed me off, how many clam shells", false),
        ("came off my bike last week, A&E x-rayed me and said nothing broken, which stretch should I do", false),
        ("my spine has a new curve, the GP checked it and said it's fine", false),
        ("I had breast cancer, the oncologist gave me the all clear, how do I do a wall sit", true),
        ("I was in hospital with a kidney infection last month and was discharged, but since then my back has been killing me", true),
    ])
    func clearedUrgentSign(_ line: String, urgent: Bool) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(reply.urgent == urgent && (Fixtures.intents.intent(reply.intent ?? "")?.redFlag != nil) == urgent,
                "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A clinician's all-clear in the sentence after the warning sign settles it too, unless set against", arguments: [
        ("Had a fall on the stairs in March. The GP sent me for an x-ray, all clear, and said exercise would help. Partial crunches, how many?", "dose"),
        ("Had a fall on the stairs in March. The x-ray was all clear but my back has been agony ever since, which stretch?", "red-flag-check"),
    ] as [(String, IntentID)])
    func allClearInNextSentence(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("Another sense said as an afterthought in a clause of its own rules out the clause before it; an afterthought that guesses, or a clause that says more, does not", arguments: [
        ("had glandular fever back at uni, long over. what's a partial crunch", "overview"),
        ("I had glandular fever at university, that was 1985. what's the best stretch for my hamstrings", "recommend"),
        ("car crash in the 90s, whiplash, long healed. which stretch for hamstrings?", "recommend"),
        ("I'm sweating loads and feel cold at the same time, might just be the heating", "red-flag-check"),
        ("had a fever last week, horrible, how many wall sits", "red-flag-urgent"),
    ] as [(String, IntentID)])
    func afterthoughtRulesOut(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("A warning sign said plainly is certain, though another clause hedges or names another sense; hedged alone, it is asked about", arguments: [
        ("worried about my bladder, I wet myself twice today", "red-flag-emergency"),
        ("the bladder stuff the GP asked about, I wet myself on the bus today", "red-flag-emergency"),
        ("maybe a bit of a fever, not sure", "red-flag-check"),
    ] as [(String, IntentID)])
    func plainBesideHedged(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("Long-term steroids or osteoporosis told in one sentence and a minor fall in another are urgent; someone else's, or a trip to the shops, are not", arguments: [
        ("I've been on prednisolone for my polymyalgia for three years. Yesterday I tripped on a raised bed and went down on my side, which stretch is sensible?", "red-flag-urgent"),
        ("Osteoporosis, diagnosed in January. On Sunday I missed the last step and sat down with a real thump.", "red-flag-urgent"),
        ("My husband is on steroids for his asthma. I slipped on the wet ramp yesterday, how many clam shells?", "red-flag-check"),
        ("I have osteoporosis. I went down to the shop on Sunday, which stretch helps a stiff back?", "recommend"),
    ] as [(String, IntentID)])
    func lastingConditionAcrossSentences(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("A back in a sentence naming nobody is whoever's the sentences before named: the speaker's after 'my own back', another's after theirs", arguments: [
        ("My mother's 88 and she's been having accidents with her bladder. All that driving has made my own lower back ache. What would you suggest for a back that's stiff?", "recommend"),
        ("My mum has cancer. Now has back pain, what helps?", "red-flag-urgent"),
    ] as [(String, IntentID)])
    func backOwnedAcrossSentences(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("A temperature stated as a number is a fever from 38C or 100.4F, in digits or words; an age, a count, the weather or someone else's is not", arguments: [
        ("temperature thirty eight point five and my lower back is killing me", "red-flag-urgent"),
        ("101.3F this morning plus my back is killing me", "red-flag-urgent"),
        ("my temp was 38.9 last night and my back aches", "red-flag-urgent"),
        ("thermometer said a hundred and one this morning, back pain too", "red-flag-urgent"),
        ("I'm 39 and my back hurts, what helps", "recommend"),
        ("temp is 37.2, back is stiff", "recommend"),
        ("it was 102 degrees outside today, how do I do clam shells", "how-to"),
        ("hold the wall sit for 40 seconds, temperature in the room is fine", "dose"),
        ("my son's temperature is 39, and my back hurts", "recommend"),
    ] as [(String, IntentID)])
    func temperatureAsNumber(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("A weight said to fall from one number to a lower one, unexplained, is weight loss; a gain or a diet is not", arguments: [
        ("gone from twenty stone to seventeen in three months without changing a thing, back's achy too", "red-flag-urgent"),
        ("went from 90 kilos to 80 and I'm not trying, my back aches", "red-flag-urgent"),
        ("went from 70kg to 80kg without trying, back aches", "recommend"),
        ("from 12 stone down to 11 and a half on slimming world, back aches", "recommend"),
    ] as [(String, IntentID)])
    func weightFallingByNumbers(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("A short clause of doubt ending the sentence doubts the warning sign before it, asked about; doubt about its cause, or a question about it, does not", arguments: [
        ("feeling a bit hot and shivery, not sure", "red-flag-check"),
        ("my bowels have been a bit funny, probably the tablets", "red-flag-check"),
        ("I've wet myself twice today, not sure why", "red-flag-emergency"),
        ("numb saddle area and i cant pee, is this cauda equina", "red-flag-emergency"),
        ("i've lost a stone without trying lately, is that related", "red-flag-urgent"),
    ] as [(String, IntentID)])
    func trailingDoubt(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("A list of three or more short pieces between a warning sign's parts does not part them; one short piece still does", arguments: [
        ("it's now waking me every night about 2am, deep in the spine, and turning over, getting up, hot water bottle, nothing touches it", "red-flag-urgent"),
        ("I went over on me ankle and came down hard, d'ye think that matters for the back?", "red-flag-check"),
    ] as [(String, IntentID)])
    func listBetweenParts(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("An answer that says a warning sign plainly is urgent, whatever it starts with", arguments: [
        "my leg went numb >> no, but now I can't feel my bum", "my leg went numb >> yes, pins and needles in both legs",
    ])
    func plainWarningInAnswer(_ turns: String) {
        let reply = UnderstandingExamplesTests.reply(turns)
        #expect(reply.urgent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    /// Expects a fresh coach to answer a line with an intent.
    static func expectIntent(_ line: String, _ intent: IntentID, sourceLocation: SourceLocation = #_sourceLocation) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(reply.intent == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)", sourceLocation: sourceLocation)
    }
}

import BackCoachCore
import Testing

/// The kinds of line that fell through before the concept layer and the triage question, each as a table: red
/// flags said indirectly or clinically, other senses of red-flag words, statements of how the back feels, exercises
/// described rather than named, follow-ups, medical questions and out-of-scope lines.
@Suite("Understanding that generalises")
struct UnderstandingExamplesTests {
    /// Replies to the turns of a conversation, the last one returned.
    static func reply(_ turns: String) -> Reply {
        let coach = Fixtures.coach()
        var reply = Reply(input: "", text: "")
        for turn in turns.components(separatedBy: " >> ") { reply = coach.respond(to: turn) }
        return reply
    }

    /// Whether a reply is the urgent answer or the triage question.
    static func caught(_ reply: Reply) -> Bool {
        reply.urgent || Fixtures.intents.intent(reply.intent ?? "")?.redFlag == .check
    }

    @Test("Red flags said indirectly or in clinical words are caught: urgent, or the triage question", arguments: [
        "I can't feel my legs", "can't move my legs", "I think I wet myself", "a bit of poo came out", "my temperature is 38.5",
        "had pneumonia last month", "lost 8 kilos without trying", "it's worst at night and moving doesn't help",
        "on steroids for years and tripped on the stairs", "came off my motorbike on Saturday", "I have saddle anaesthesia",
        "I have urinary retention", "could this be cauda equina", "start a routine >> done >> I can't feel my legs",
        "my bladder is not fine", "I feel not so good", "my mother fell yesterday and now her back hurts",
        "72F, first ever episode of back pain, can I do wall sits?", "pt 74F, first episode of LBP, no previous hx, can she do wall sits", "17 and never had back pain until this month",
        "my nan's 84 and her back started hurting last week, first time in her life",
        "is numbness normal when my back flares up?", "18 here and never had back trouble till now",
        "the cancer I had went away but my back aches at night", "the chest infection went away last week but my back is killing me",
        "a colleague hit me with a forklift and my back hurts", "first time my back has ever hurt and I'm 16 is that normal",
        "start a routine >> feeling sorta weird rn", "feeling kinda funny since the back went", "been feeling sorta rough since my back went",
    ])
    func redFlagsAreCaught(_ turns: String) {
        let reply = Self.reply(turns)
        #expect(Self.caught(reply), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A line no intent understood that touches a warning sign gets the triage question, not 'I didn't understand'", arguments: [
        "there's a swelling on my spine that wasn't there", "my intestines do what they want since the back went",
        "can barely stand up straight, the legs are useless", "my lbp and the night thing", "this back and the sweats",
        "start a routine >> can barely stand up straight, the legs are useless",
    ])
    func unclearWarningSignAsks(_ turns: String) {
        let reply = Self.reply(turns)
        #expect(Fixtures.intents.intent(reply.intent ?? "")?.redFlag == .check && reply.understood, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A red flag said with doubt gets the triage question about it; yes is as urgent as the red flag", arguments: [
        ("maybe a bit of a fever, not sure", RedFlagLevel.urgent), ("I'm worried about my bowels", .emergency),
        ("there was a cancer scare in 2019", .urgent), ("kinda numb down there, could it be nothing", .emergency),
        ("I'm not sure if my bladder is working properly since my back went", .emergency),
        ("no idea if my legs are getting weaker or not", .emergency),
        ("not sure but I think I might've had a wee accident in the night", .emergency),
    ])
    func hedgedRedFlagAsks(_ line: String, level: RedFlagLevel) {
        let coach = Fixtures.coach()
        let asked = coach.respond(to: line)
        #expect(Fixtures.intents.intent(asked.intent ?? "")?.redFlag == .check && !asked.urgent, "\(asked.intent?.rawValue ?? "nil"): \(asked.text)")
        let yes = coach.respond(to: "yes")
        #expect(yes.urgent && Fixtures.intents.intent(yes.intent ?? "")?.redFlag == level, "\(yes.intent?.rawValue ?? "nil"): \(yes.text)")
    }

    @Test("A red flag said plainly stays urgent beside a doubtful one", arguments: [
        "might have a fever and I can't control my bladder", "I have a fever",
    ])
    func plainRedFlagBesideHedge(_ line: String) {
        #expect(Self.reply(line).urgent)
    }

    @Test("An unclear line with no warning sign of the person's own still says it did not understand", arguments: [
        "I'll be right back", "the clocks fall back at night", "got chills down my spine from that ghost story",
        "walking funny in my new boots", "my dog keeps pooing in the hall", "how much weight can I lift at the gym",
    ])
    func unclearWithoutWarningSign(_ line: String) {
        let reply = Self.reply(line)
        #expect(!Self.caught(reply) && !reply.understood, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Other senses of red-flag words raise no alarm and ask nothing", arguments: [
        "nearly slipped but didn't fall", "my laptop crashed", "I had a fever dream", "fell off the wagon", "my dog fell off the sofa",
        "fever pitch", "my star sign is Cancer", "I can't stand wall sits", "can I cancel my gym membership",
        "I walk a different route to work",
    ])
    func otherSensesAreNotRedFlags(_ line: String) {
        let reply = Self.reply(line)
        #expect(!Self.caught(reply), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Someone else's red flag is not the speaker's: no alarm, no question", arguments: [
        "my wife's going through chemo so I'm doing all the lifting and my back is stiff",
        "my cat is losing weight, should I take her to the vet", "my sister is off sick with a fever, any stretch for my break",
        "the baby's fever broke last night but my back is stiff from rocking her", "my friend has cancer, I want to cook for her",
        "my granddad is 90 and had a fall, is there anything for my own stiff back",
        "my brother has leukaemia and I take him to chemo every week, the waiting rooms leave my back stiff",
        "my wife says she has a fever",
        "my uncle broke his back in a car crash decades ago, which stretch helps tight hamstrings",
        "my sister used to have sciatica down both legs, what do clam shells work",
        "my gran had cancer years ago, anyway which exercise helps a stiff lower back",
    ])
    func someoneElsesSymptom(_ line: String) {
        let reply = Self.reply(line)
        #expect(!Self.caught(reply), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Someone else's red flag with their back in question, or the speaker's own after theirs, is caught", arguments: [
        "my husband says I'm walking oddly and my legs have gone like jelly", "my mum had cancer and now her back hurts",
        "my dad had prostate cancer and now has back pain", "my grandma has wet herself twice with her sciatica",
        "my dad had a tumour removed years ago and now he wants to start these exercises",
        "my son noticed it leaning to one side since Easter, my back I mean",
        "my mum had cancer years ago and now her back aches", "my dad hurt his back years ago and now he can't pee",
        "I had cancer years ago, anyway which exercise helps my back", "my wife has a fever, anyway can she do the back stretches",
    ])
    func theirBackOrMine(_ line: String) {
        let reply = Self.reply(line)
        #expect(Self.caught(reply), "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A statement of how the back feels gets the exercises that fit and the offer of a routine", arguments: [
        "lower back feels tight when I wake up", "achy back from carrying my toddler", "hammies tight as a drum",
        "my back is all knotted up from hunching over my laptop",
    ])
    func statementsGetExercises(_ line: String) {
        let reply = Self.reply(line)
        #expect(reply.intent == "recommend", "\(reply.text)")
        #expect(reply.offer != nil)
        #expect(!reply.urgent)
    }

    @Test("Exercises described, not named, are recognised", arguments: [
        ("squatting against the wall", "wall-sit"), ("the pretzel leg one", "reclining-twist"),
        ("something I can do lying on my side", "clam-shell"), ("can I overdo crunches", "partial-crunch"),
        ("what should I feel during the hamstring stretch", "hamstring-stretch"),
    ] as [(String, ExerciseID)])
    func describedExercises(_ line: String, exercise: ExerciseID) {
        let reply = Self.reply(line)
        #expect(reply.understood && reply.exercise == exercise, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A name typed with one word a typo away, itself a real word, is still the exercise", arguments: [
        ("what does the ball sit work", "wall-sit", "benefits"), ("whats a wall set", "wall-sit", "overview"),
        ("how do I do a tall sit", "wall-sit", "how-to"),
    ] as [(String, ExerciseID, IntentID)])
    func nameWithTypedWord(_ line: String, exercise: ExerciseID, intent: IntentID) {
        let reply = Self.reply(line)
        #expect(reply.exercise == exercise && reply.intent == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Words near a name's words are no exercise when the rest of the name is not there", arguments: [
        "I sat on the wall outside the pub all afternoon", "how do i do a full sit up",
    ])
    func nearNameWords(_ line: String) {
        let reply = Self.reply(line)
        #expect(reply.exercise == nil, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Questions about cautions and feelings go to the right intent", arguments: [
        ("can I overdo crunches", "cautions"), ("what should I feel during the hamstring stretch", "how-to"),
        ("stronger abs without hurting my back", "recommend"),
    ] as [(String, IntentID)])
    func intents(_ line: String, intent: IntentID) {
        #expect(Self.reply(line).intent == intent)
    }

    @Test("Follow-ups keep the exercise talked about", arguments: [
        ("how many clam shells? >> and the other side?", "dose", "clam-shell"),
        ("how do I do clam shells? >> what about the wall thing", "how-to", "wall-sit"),
        ("how do I do the towel stretch? >> do I need anything for it", "how-to", "hamstring-stretch"),
        ("clam shells have got too easy >> what's the next step then", "progression", "clam-shell"),
    ] as [(String, IntentID, ExerciseID)])
    func followUps(_ turns: String, intent: IntentID, exercise: ExerciseID) {
        let reply = Self.reply(turns)
        #expect(reply.intent == intent && reply.exercise == exercise, "\(reply.intent?.rawValue ?? "nil")/\(reply.exercise?.rawValue ?? "nil")")
    }

    @Test("Emoji with one clear meaning are read as their words; a red flag told in emoji is caught", arguments: [
        ("🤒🤒 + bad back pain", "red-flag-urgent", nil),
        ("can't feel my 🍑 properly since my back went", "red-flag-emergency", nil),
        ("both 🦵🦵 numb since my back went", "red-flag-emergency", nil),
        ("🤕 after the wall sit", "pain", "wall-sit"),
        ("how many clam shells? >> 👍🏽", "affirm", "clam-shell"),
        ("start a routine >> ⏸️", "routine-pause", "partial-crunch"),
    ] as [(String, IntentID, ExerciseID?)])
    func emoji(_ turns: String, intent: IntentID, exercise: ExerciseID?) {
        let reply = Self.reply(turns)
        #expect(reply.intent == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
        if let exercise { #expect(reply.exercise == exercise) }
    }

    @Test("Surgery, implants, scans, diagnoses and pregnancy go to the doctor, never to an exercise", arguments: [
        "microdiscectomy six weeks ago, can I do these", "just had a hip replacement", "what does my MRI mean",
        "I'm 20 weeks pregnant, are wall sits ok", "should I get an epidural injection",
    ])
    func medicalQuestions(_ line: String) {
        let reply = Self.reply(line)
        #expect(reply.intent == "medical", "\(reply.text)")
        #expect(reply.exercise == nil && reply.offer == nil)
    }

    @Test("Lines about something else are not answered with an exercise", arguments: [
        "I need to get back to work", "how do I get to the train station", "translate \"lower back pain\" into Spanish",
    ])
    func outOfScope(_ line: String) {
        let reply = Self.reply(line)
        #expect(!reply.understood && reply.routine == nil, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Typo correction never creates a red-flag word from a word that is one", arguments: ["lend me a fiver", "fewer reps please", "cancel the routine"])
    func noRedFlagByTypo(_ line: String) {
        let corrections = Self.reply(line).explanation?.corrections ?? []
        #expect(!corrections.contains { ["numbness", "fever", "cancer"].contains($0.understood) })
    }

    @Test("Red-flag words misspelt by sound are read from the language's spellings, not guessed", arguments: [
        "i have numbnes in my groyne and bum", "incontinant since tuesday with back pain",
    ])
    func redFlagSpellings(_ line: String) {
        #expect(Self.reply(line).urgent)
    }

    @Test("Not understood: the nearest answer is offered, and yes takes it")
    func didYouMean() throws {
        let coach = Fixtures.coach()
        let first = coach.respond(to: "crunches quantity")
        #expect(!first.understood)
        let offer = try #require(first.offer)
        #expect(offer.hasPrefix("Did you mean"), "\(first.text)")
        let yes = coach.respond(to: "yes")
        #expect(yes.understood && yes.exercise == "partial-crunch", "\(yes.text)")
    }
}

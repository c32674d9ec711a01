import BackCoachCore
import Testing

/// Long lines say what matters in a place: the request that closes the line, the question after "my question is",
/// the "no" that answers a short question, a negation in its own clause, an age said once for the whole post.
@Suite("What a long line is about")
struct LineFocusTests {
    /// A line, the intent and exercise it must get, and why.
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let intent: IntentID
        let exercise: ExerciseID?
        let note: String
        var testDescription: String { "\(note): \"\(line)\"" }
    }

    static let closingRequests: [Case] = [
        Case(line: "all good down below, no worries there. what is a wall sit?", intent: "overview", exercise: "wall-sit",
             note: "a reassurance, then the question"),
        Case(line: "no chills, no sweats, just a grumpy back today. start a routine please", intent: "start-routine", exercise: nil,
             note: "a statement of how the back feels, then a request"),
        Case(line: "no fever, no numbness, just a stiff back. how many wall sits should I do?", intent: "dose", exercise: "wall-sit",
             note: "denials and a statement, then the question"),
        Case(line: "my husband worries about me, but my question is how long to hold the wall sit", intent: "dose", exercise: "wall-sit",
             note: "what follows 'my question is'"),
        Case(line: "long story short, my physio is away. how do I progress clam shells?", intent: "progression", exercise: "clam-shell",
             note: "a story, then the question"),
        Case(line: "I don't have a fever or anything, just a stiff lower back. Which one is good for the hips?", intent: "recommend",
             exercise: "clam-shell", note: "the closing question asks which exercise"),
        Case(line: "My physio told me to stop doing toe touches. Why would that be?", intent: "cautions", exercise: "hamstring-stretch",
             note: "a closing 'why' that asks about what came before"),
        Case(line: "my back hurts when I do the wall sit. how long should I hold it?", intent: "pain", exercise: "wall-sit",
             note: "pain during an exercise still comes first"),
        Case(line: "how many clam shells? thanks", intent: "dose", exercise: "clam-shell", note: "thanks after the question"),
        Case(line: "what's the weather like tomorrow, and also how do I do a wall sit", intent: "how-to", exercise: "wall-sit",
             note: "another topic before 'and also' does not rule out the question after it"),
        Case(line: "train times to York please, and also how do I do clam shells", intent: "how-to", exercise: "clam-shell",
             note: "another topic before 'and also', a second time"),
        Case(line: "the printer jammed again, ugh, how long do I hold the wall sit", intent: "dose", exercise: "wall-sit",
             note: "another topic in clauses before a question about a named exercise"),
        Case(line: "wifi is down again, how do I do the reclining twist", intent: "how-to", exercise: "reclining-twist",
             note: "another topic in a clause before, a second time"),
        Case(line: "In pilates we hold the plank for a minute. With the wall sit how long do I hold it?", intent: "dose", exercise: "wall-sit",
             note: "the question's keywords are those of the exercise's sentence, not an earlier 'hold'"),
        Case(line: "I'm bored stiff at my desk. give me a routine", intent: "start-routine", exercise: nil,
             note: "a request in a sentence of its own is not ruled out by an earlier sentence"),
        Case(line: "Right, a bit of background first. I work nights in a bakery, lots of lifting sacks of flour and standing at the "
                 + "ovens, and by the end of the week my lower back is a plank. I've been reading about the wall sit and I think I could "
                 + "manage it in the break room without anyone staring. How long do I hold the wall sit for? Thanks so much in advance, "
                 + "you are a star and this has been really helpful",
             intent: "dose", exercise: "wall-sit", note: "a long post's closing thanks is its sign-off, not its point"),
        Case(line: "I am in video calls all day, my back is stiff, nothing serious, the normal kind. My question is, for a beginner, "
                 + "how long must I stay in the wall sit and how many times? Thank you",
             intent: "dose", exercise: "wall-sit", note: "the words of 'my question is' are no keyword: it asks no 'what questions can you answer'"),
        Case(line: "Dear BackCoach, would you be so kind as to describe the reclining twist for me, step by step? My granddaughter "
                 + "printed the article but the print is far too small for my eyes.",
             intent: "how-to", exercise: "reclining-twist", note: "a sentence told after a question about a named exercise does not rule it out"),
        Case(line: "how many clam shells per side? I printed the article but my printer ran out of ink",
             intent: "dose", exercise: "clam-shell", note: "what is told after the question, a second time"),
        Case(line: "I'm enjoying the clam shells and the towel stretch. What I'm unsure about is the wall sit: how long am I meant to hold it?",
             intent: "dose", exercise: "wall-sit", note: "of the exercises named, the one in the question's sentence is asked about"),
        Case(line: "I do clam shells and wall sits three times a week. How do I keep progressing the wall sits?",
             intent: "progression", exercise: "wall-sit", note: "the exercise in the question's sentence, a second time"),
    ]

    @Test("The request that closes a line is its point; what came before is context", arguments: closingRequests)
    func closingRequest(_ testCase: Case) {
        let reply = Fixtures.coach().respond(to: testCase.line)
        #expect(reply.intent == testCase.intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
        if let exercise = testCase.exercise { #expect(reply.exercise == exercise) }
    }

    @Test("A red flag answered no, or all is well, to a short question is denied, even with more said after; yes, or not knowing, is not", arguments: [
        ("night sweats? no. chills? no. fever? no. so can we start", false),
        ("numb bum? no. leaking? nope. just stiff", false),
        ("numb bum? yes. leaking? yes", true),
        ("Do I have a fever? Not at all. Chills? None. How many wall sits though?", false),
        ("fever? not really. numbness? nope. what's a clam shell", false),
        ("fever? no, just a stiff back. how many wall sits", false),
        ("chills? nope, I'm fine. start a routine", false),
        ("numb down there? not sure.", true),
        ("fever? don't know", true),
        ("bladder control? fine. bowels? fine. legs? fine. back? stiff as anything. help", false),
        ("numbness down there? all good. how many clam shells", false),
        ("bladder control? terrible.", true),
    ])
    func answeredNo(_ line: String, urgent: Bool) {
        Self.expectUrgent(line, urgent)
    }

    @Test("A denial runs on through a list that closes with 'or', or after a clinician's 'denies'; not into a longer clause: a denied list gets no red-flag answer, not even the triage question", arguments: [
        ("denies fever, night sweats, wt loss. what is the evidence source for these exercises", false),
        ("no fever, chills or weight loss, just stiff", false),
        ("no pain, numbness or tingling, just a tight back", false),
        ("no fever, night sweats for a week now", true),
        ("no numbness, leaking when I cough", true),
        ("I don't have numbness, weakness or any trouble going to the toilet, tell me about wall sits", false),
        ("no fever, chills or sweats, numb around my bum since the fall", true),
        ("since Monday I can not make pee good, it is very weak", true),
        ("im 16 and idk if this is normal but my back has started hurting, never had it before", true),
    ])
    func deniedList(_ line: String, urgent: Bool) {
        let reply = Fixtures.coach().respond(to: line)
        let redFlag = reply.intent.flatMap { Fixtures.intents.intent($0)?.redFlag } != nil
        #expect(reply.urgent == urgent && redFlag == urgent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("An exclamation or an emphatic with a 'no' in it denies nothing: the red flag after it is caught", arguments: [
        ("oh no I think I've wet myself", true), ("no joke I can't feel my legs", true), ("oh no, my bum has gone numb", true),
        ("not gonna lie my bladder has let go twice today", true), ("oh well, no numbness down below, how long is a wall sit", false),
        ("I've never wet myself like this before", true), ("I've never had numbness like this", true),
        ("stress or not I have numbness in my groin", true),
    ])
    func exclamations(_ line: String, caught: Bool) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(UnderstandingExamplesTests.caught(reply) == caught, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A sentence that opens with 'it' or 'this' goes on about the one before: a warning sign told across both is caught", arguments: [
        ("the pain has changed lately. It wakes me at 3am and I can roll onto my side or my front, get up, lie back down, and it doesn't ease at all", true),
        ("the pain has changed lately. Last week my son wakes me at 3am with his crying and nothing helps him settle", false),
    ])
    func continuingSentence(_ line: String, urgent: Bool) {
        Self.expectUrgent(line, urgent)
    }

    @Test("A yes that goes on to ask is the question, not a yes", arguments: [
        ("what is a clam shell >> ok how do I do one", "how-to"), ("tell me about wall sits >> okay and how long do I hold it", "dose"),
    ] as [(String, IntentID)])
    func okThenAQuestion(_ turns: String, intent: IntentID) {
        let reply = UnderstandingExamplesTests.reply(turns)
        #expect(reply.intent == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("A negation describes a symptom only in its own clause", arguments: [
        ("I'm not incontinent, I just pee a lot because of all the coffee", false),
        ("I can't pee properly since yesterday", true),
        ("I have not been able to pee since this morning", true),
    ])
    func negationInItsClause(_ line: String, emergency: Bool) {
        let reply = Fixtures.coach().respond(to: line)
        #expect((reply.intent == "red-flag-emergency") == emergency, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)")
    }

    @Test("Two negators in a row say one no, as dialects do; a part not felt for a while is numb", arguments: [
        ("I ain't got no feeling in my legs, both of them", "red-flag-emergency"),
        ("I don't feel nothing in my bum since this morning", "red-flag-emergency"),
        ("I haven't felt my bum or privates since this morning", "red-flag-emergency"),
        ("I don't have no numbness, just a stiff back, what helps", "recommend"),
        ("I ain't got no fever, which stretch helps tight hamstrings", "recommend"),
        ("I haven't felt any numbness, which stretch helps tight hamstrings", "recommend"),
    ])
    func negativeConcord(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("An age in a clinician's note, as a clause of a post's opening, or corrected counts; 60m elsewhere is a distance", arguments: [
        ("self 61M, first ep LBP, no prior hx", "red-flag-urgent"),
        ("Bit of background: 63, retired teacher, always been fit. Never had back trouble in my life till three weeks ago.", "red-flag-urgent"),
        ("Teaching assistant, 52, chronic back pain ever since my first pregnancy twenty years ago. How long for the wall sit?", "dose"),
        ("walked 60m, first time doing the wall sit, how long should I hold it", "dose"),
        ("I'm 45, sorry, 54, and this is the first back pain I've ever had", "red-flag-urgent"),
    ])
    func clinicalAndOpeningAges(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("Someone else's back told before the line turns to the speaker's own question is context; a question about them, or the speaker sharing it, still counts", arguments: [
        ("my wife's got sciatica in both legs, poor thing. as for me, which stretch for tight hamstrings", "recommend"),
        ("My mother has back pain and has lost a lot of weight. But I am asking for myself: which exercise for a stiff back", "recommend"),
        ("my wife's got sciatica in both legs, my question is what exercise can she do", "red-flag-emergency"),
        ("I can't feel my two feet good and my back hurts", "red-flag-emergency"),
        ("my wife has a fever and so do I, and both our backs ache", "red-flag-urgent"),
        ("my sister's back has started to curve, she's fine. what's good for my tight hamstrings", "recommend"),
        ("my mum had cancer and now her back hurts. what can she do for it", "red-flag-urgent"),
        ("my wife has a fever, so I do the lifting and my back is stiff", "recommend"),
    ])
    func speakerTurnsToOwnQuestion(_ line: String, intent: IntentID) {
        Self.expectIntent(line, intent)
    }

    @Test("An age said in passing, or in another sentence, counts for the whole post", arguments: [
        ("I am a retired nurse, 67, and this is the first time my back has gone", true),
        ("I'm a postman, 55. Never had back pain before this week.", true),
        ("I am a dad of two, 45, and this is the first time my back has gone", false),
        ("I'm doing sets of 10, 15, first time trying clam shells", false),
        ("I am seventy-one, fit all my life. My back started aching last week, never known anything like it.", true),
        ("I'm ten minutes into the routine and it's the first time my back has twinged", false),
    ])
    func ageInPassing(_ line: String, urgent: Bool) {
        Self.expectUrgent(line, urgent)
    }

    @Test("Fragments are read together: a symptom told a word or two at a time", arguments: [
        ("tingling. round my bum. both sides. what now", true),
        ("pain in back. every night. never eases. not with rest either", true),
        ("sore back. stiff. long day. which stretch", false),
    ])
    func fragments(_ line: String, urgent: Bool) {
        Self.expectUrgent(line, urgent)
    }

    @Test("A list denied after it ends is denied, items only: never the speaker's own symptom before it, nor a clause a clinician asks in", arguments: [
        ("Went to the GP because the wife made me, and he asked about all the warning signs, any trouble with the water, numbness in the saddle, weakness in the legs, weight loss, temperature, and I had none of them. How do I do the wall sits properly?", false),
        ("I wet myself twice today, bladder control gone, the GP asked about fever, chills, weight loss and I had none of those", true),
        ("I have numbness in my groin and none of them help", true),
    ])
    func listDeniedAfter(_ line: String, urgent: Bool) {
        Self.expectUrgent(line, urgent)
    }

    @Test("Amounts and 'won't work properly' hold no all-clear; a place at the end of another's name is nobody", arguments: [
        "I've had numbness in my groin for a good while now", "I've been on steroid tablets for a good few years and slipped on the ramp on Thursday",
        "my legs won't work properly since this morning", "sudden numbness in my groin road trip ruined",
    ])
    func notAllClear(_ line: String) {
        Self.expectUrgent(line, true)
    }

    @Test("In note form, a denial or a no after a sentence's short first item, or a no closing each item of a checklist, denies it; after a statement, or correcting oneself, it denies nothing", arguments: [
        ("temp - normal. falls - none. bladder - same as ever. just stiff. best stretch?", false),
        ("bowels: normal, which stretch for hamstrings", false),
        ("I wet myself, fine, whatever, how many clam shells", true),
        ("Did the checklist on the NHS site: temperature no, weight loss no, night pain no, bladder no, numbness no. So how many partial crunches?", false),
        ("my bladder, no control", true),
        ("my left leg is numb, no wait, it's both of them actually, right down the backs of my thighs", true),
    ])
    func noteForm(_ line: String, urgent: Bool) {
        Self.expectUrgent(line, urgent)
    }

    /// Expects a fresh coach to answer the line with the intent.
    static func expectIntent(_ line: String, _ intent: IntentID, sourceLocation: SourceLocation = #_sourceLocation) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(reply.intent == intent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)", sourceLocation: sourceLocation)
    }

    /// Expects a fresh coach's answer to a line to be urgent, or not.
    static func expectUrgent(_ line: String, _ urgent: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        let reply = Fixtures.coach().respond(to: line)
        #expect(reply.urgent == urgent, "\(reply.intent?.rawValue ?? "nil"): \(reply.text)", sourceLocation: sourceLocation)
    }
}

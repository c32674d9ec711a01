import BackCoachCore
import Testing

@Suite("Conversation")
struct ConversationTests {
    @Test("Acceptance lines: the towel hamstring stretch with its dose and caution, then clam shells 20 a side")
    func acceptanceAnswers() {
        let coach = Fixtures.coach()
        let hamstrings = coach.respond(to: "which stretch helps tight hamstrings?")
        #expect(hamstrings.exercise == "hamstring-stretch")
        #expect(hamstrings.text.contains("15 to 30 seconds"))
        #expect(hamstrings.text.contains("2 to 4 times for each leg"))
        #expect(hamstrings.text.contains("toe-touches"))
        let clams = coach.respond(to: "how many clam-shell reps should I do?")
        #expect(clams.exercise == "clam-shell")
        #expect(clams.text.contains("20 reps on each side"))
        #expect(clams.offer == "Want to do 20 clam shells on each side now? (yes/no)")
    }

    @Test("Follow-ups take the exercise, intent or target from context")
    func followUps() {
        let coach = Fixtures.coach()
        _ = coach.respond(to: "how do I do clam shells?")
        let hold = coach.respond(to: "and how many?")
        #expect(hold.intent == "dose")
        #expect(hold.exercise == "clam-shell")
        let other = coach.respond(to: "what about wall sits?")
        #expect(other.intent == "dose")
        #expect(other.exercise == "wall-sit")
        #expect(other.text.contains("20 seconds"))
        let howLong = coach.respond(to: "how long do I hold it?")
        #expect(howLong.exercise == "wall-sit")
        _ = coach.respond(to: "which exercise helps sciatica?")
        let hips = coach.respond(to: "and for the hips?")
        #expect(hips.intent == "recommend")
        #expect(hips.text.contains("hips"))
    }

    @Test("A question missing its exercise is asked back, and the reply is understood")
    func asksForTheExercise() {
        let coach = Fixtures.coach()
        let question = coach.respond(to: "how many reps should I do?")
        #expect(question.text == Messages.askExercise(KnowledgeBase.article.exercises.map(\.spokenName)))
        let answer = coach.respond(to: "partial crunches")
        #expect(answer.intent == "dose")
        #expect(answer.exercise == "partial-crunch")
        #expect(answer.text.contains("8 to 12"))
    }

    @Test("Two close readings are asked back, and the reply picks one")
    func asksBetweenTwoReadings() {
        let coach = Fixtures.coach()
        let question = coach.respond(to: "clam shells reps technique")
        #expect(question.text.hasPrefix("Do you mean"), "\(question.text)")
        #expect(question.text.contains("how to do clam shells"))
        #expect(question.text.contains("the dose for clam shells"))
        let answer = coach.respond(to: "how many")
        #expect(answer.intent == "dose")
        #expect(answer.exercise == "clam-shell")
    }

    @Test("Medication, surgery and diagnosis questions go to a doctor or pharmacist, never to an exercise")
    func medicalQuestions() {
        for line in ["should I take ibuprofen?", "do I need back surgery", "do I have a slipped disc?"] {
            let reply = Fixtures.coach().respond(to: line)
            #expect(reply.intent == "medical")
            #expect(reply.text.contains("ask your doctor or pharmacist"))
            #expect(reply.exercise == nil)
            #expect(reply.offer == nil)
        }
    }

    @Test("A pending question never swallows a medication question or a pain report")
    func pendingQuestionsGiveWay() {
        let coach = Fixtures.coach()
        #expect(coach.respond(to: "how long should I hold it?").text == Messages.askExercise(KnowledgeBase.article.exercises.map(\.spokenName)))
        let medical = coach.respond(to: "should I take ibuprofen before wall sits?")
        #expect(medical.intent == "medical")
        #expect(medical.offer == nil)
        let asked = Fixtures.coach()
        _ = asked.respond(to: "clam shells reps technique")
        #expect(asked.respond(to: "should I take one ibuprofen first?").intent == "medical")
        let pain = Fixtures.coach().respond(to: "it hurts when I do clam shells, how many should I do?")
        #expect(pain.intent == "pain")
        #expect(pain.offer == nil)
        #expect(Fixtures.coach().respond(to: "should I do surgery or clam shells for sciatica?").intent == "medical")
        #expect(Fixtures.coach().respond(to: "is it ok to do clam shells with a herniated disc").intent == "medical")
        let offered = Fixtures.coach()
        #expect(offered.respond(to: "how long do I hold the towel stretch").offer != nil)
        let yesButPain = offered.respond(to: "ok fine, but my knee hurts when I do the wall sit")
        #expect(yesButPain.intent == "pain" && yesButPain.routine == nil && offered.activeRoutine == nil, "\(yesButPain.text)")
    }

    @Test("Asked whether an exercise helps something it is not linked to, the coach says so and names the right one")
    func notLinked() {
        let reply = Fixtures.coach().respond(to: "do wall sits help sciatica?")
        #expect(reply.text.hasPrefix("The article doesn't say wall sits help with sciatica. For sciatica it suggests clam shells."))
        #expect(reply.exercise == "clam-shell")
    }

    @Test("Routine commands after a routine was stopped say none is running")
    func commandsWithoutRoutine() {
        for command in ["skip", "pause", "stop", "go back", "cancel that"] {
            let coach = Fixtures.coach()
            _ = coach.respond(to: "start a routine")
            _ = coach.respond(to: "stop")
            let reply = coach.respond(to: command)
            #expect(reply.text.hasPrefix("No routine is running"), "\(command): \(reply.text)")
            #expect(!reply.endsSession)
        }
    }

    @Test("Offers: yes starts the routine, no declines politely, anything else is answered normally")
    func offers() {
        let yes = Fixtures.coach()
        _ = yes.respond(to: "how many clam shells?")
        #expect(yes.respond(to: "sure").routine?.exercise == "clam-shell")
        let no = Fixtures.coach()
        _ = no.respond(to: "how many clam shells?")
        let declined = no.respond(to: "not now")
        #expect(declined.text == Messages.offerDeclined)
        #expect(declined.routine == nil)
        let other = Fixtures.coach()
        _ = other.respond(to: "how many clam shells?")
        let answer = other.respond(to: "what about wall sits?")
        #expect(answer.exercise == "wall-sit")
        #expect(answer.routine == nil)
    }

    /// How a line said after an offer must be taken.
    enum OfferReply: Sendable { case starts, declines, other }

    @Test("After an offer a yes or no that leads the line answers it; one said later in the line belongs to something else", arguments: [
        ("yes please", OfferReply.starts),
        ("I think so, yes", .starts),
        ("hmm, ok", .starts),
        ("why not", .starts),
        ("I guess so", .starts),
        ("not right now thanks", .declines),
        ("erm no thanks", .declines),
        ("my dad had a fall yesterday, he's ok, just bruised", .other),
        ("my cat had a fall from the balcony, is she ok", .other),
        ("walking fine, legs strong, just a sore back after the long haul flight", .other),
        ("I sleep fine at night, no pain, only morning stiffness", .other),
        ("no problem with peeing or anything, can you list the exercises", .other),
        ("no fever, no chills, just achy and stiff from sleeping on the sofa", .other),
    ])
    func offerReplies(_ line: String, _ expected: OfferReply) {
        let coach = Fixtures.coach()
        _ = coach.respond(to: "how many clam shells?")
        let reply = coach.respond(to: line)
        #expect((reply.routine != nil) == (expected == .starts), "\(reply.text)")
        #expect((reply.text == Messages.offerDeclined) == (expected == .declines), "\(reply.text)")
    }

    @Test("An unknown line gets an honest answer with what the coach can do and the closest matches")
    func notUnderstood() {
        let reply = Fixtures.coach().respond(to: "purple monkey dishwasher")
        #expect(!reply.understood)
        #expect(reply.intent == nil)
        #expect(reply.text.hasPrefix("Sorry, I didn't understand"))
    }

    @Test("explain shows how the last answer was read: keywords, entities, scores and threshold")
    func why() {
        let coach = Fixtures.coach()
        _ = coach.respond(to: "how many clamshwlls")
        let why = coach.respond(to: "explain that")
        #expect(why.text.contains("typo: \"clamshwlls\" read as \"clamshell\""))
        #expect(why.text.contains("dose"))
        #expect(why.text.contains("threshold 0.60"))
    }

    @Test("Escape sequences and control characters never come back in the answer")
    func hostileInput() {
        let reply = Fixtures.coach().respond(to: "\u{1B}]0;pwned\u{07}how many \u{1B}[31mclam shells\u{0}?")
        #expect(!reply.text.contains("\u{1B}"))
        #expect(!reply.input.contains("\u{1B}"))
        #expect(reply.exercise == "clam-shell")
        let huge = Fixtures.coach().respond(to: String(repeating: "clam ", count: 200_000))
        #expect(huge.input.count <= TextNormalizer.maximumLineLength)
    }
}

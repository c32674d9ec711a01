import BackCoachCore
import Foundation
import Testing

@Suite("Pain check-ins")
struct PainCheckInTests {
    /// A way of giving a rating, and the rating it gives.
    struct Wording: CustomTestStringConvertible, Sendable {
        let line: String
        let rating: Int
        var testDescription: String { "\"\(line)\" → \(rating)" }
    }

    static let wordings: [Wording] = [
        Wording(line: "my pain is 6 out of 10", rating: 6),
        Wording(line: "about a 4", rating: 4),
        Wording(line: "seven out of ten", rating: 7),
        Wording(line: "worse than yesterday, maybe 8", rating: 8),
        Wording(line: "my pain is 6 today", rating: 6),
        Wording(line: "pain level 3 today", rating: 3),
        Wording(line: "I'd say a 5 today", rating: 5),
        Wording(line: "it's a 7/10 right now", rating: 7),
        Wording(line: "my back is at 2 out of 10 this morning", rating: 2),
        Wording(line: "pain's about a nine", rating: 9),
        Wording(line: "honestly my pain is maybe a three", rating: 3),
        Wording(line: "10 out of 10 today", rating: 10),
        Wording(line: "my pain is zero today", rating: 0),
    ]

    /// A coach over a fresh log in a temporary folder.
    static func coachWithLog(clock: VirtualClock = VirtualClock()) throws -> (coach: Coach, log: SessionLog, folder: URL) {
        let folder = try Fixtures.temporaryFolder()
        let log = SessionLog(file: folder.appending(path: "sessions.jsonl"))
        return (Fixtures.coach(clock: clock, log: log), log, folder)
    }

    @Test("A rating in ordinary words is recorded in the log with its number", arguments: wordings)
    func recorded(_ wording: Wording) throws {
        let (coach, log, folder) = try Self.coachWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reply = coach.respond(to: wording.line)
        #expect(reply.intent == "pain-rating")
        #expect(reply.text.contains("pain \(wording.rating)/10"))
        #expect(log.readAll().checkIns.map(\.rating) == [wording.rating])
    }

    @Test("Lines with numbers that are no rating are not recorded", arguments: [
        "give me a 10 minute routine", "how many clam shells should I do, 10?", "I'm 7 months pregnant, is it safe?",
        "what is a 6 out of 10 pain?", "my pain has been bad for 3 years",
    ])
    func notARating(_ line: String) throws {
        let (coach, log, folder) = try Self.coachWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(coach.respond(to: line).intent != "pain-rating")
        #expect(log.readAll().checkIns.isEmpty)
    }

    @Test("A number that counts something is no rating: nothing is logged, and the coach asks for the rating", arguments: [
        "I walked 2 miles and the pain was fine", "pain is ok after 2 miles", "my pain is fine, walked 3 blocks",
        "played 9 holes of golf and the pain is mild", "back pain eased after 5 laps",
    ])
    func countIsNoRating(_ line: String) throws {
        let (coach, log, folder) = try Self.coachWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reply = coach.respond(to: line)
        #expect(!reply.text.contains("Noted: pain"), "\(reply.text)")
        #expect(reply.text == Messages.painNoRating)
        #expect(log.readAll().checkIns.isEmpty)
    }

    @Test("8 or more brings the advice to see a clinician, marked as not from the article; 7 does not",
          arguments: [(8, true), (10, true), (7, false), (0, false)])
    func highRatingAdvice(_ rating: Int, advised: Bool) {
        let reply = Fixtures.coach().respond(to: "my pain is \(rating) out of 10")
        #expect(reply.text.contains(Messages.painAdvice) == advised)
        #expect(Messages.painAdvice.contains("standard advice, not from the article"))
    }

    @Test("A rise of 2 over the rating before a routine brings the advice; a rise of 1 does not",
          arguments: [(4, 6, true), (4, 5, false), (6, 4, false)])
    func riseAdvice(_ before: Int, _ after: Int, advised: Bool) throws {
        let clock = VirtualClock()
        let (coach, log, folder) = try Self.coachWithLog(clock: clock)
        defer { try? FileManager.default.removeItem(at: folder) }
        try log.append(PainCheckIn(at: clock.now, rating: before, moment: .beforeRoutine))
        clock.advance(by: 600)
        #expect(coach.respond(to: "my pain is \(after) out of 10").text.contains(Messages.painAdvice) == advised)
    }

    @Test("Red flags are still checked first: a rating with a red-flag symptom gets the urgent answer and no check-in")
    func redFlagFirst() throws {
        let (coach, log, folder) = try Self.coachWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reply = coach.respond(to: "my pain is 6 out of 10 and I can't control my bladder")
        #expect(reply.urgent)
        #expect(log.readAll().checkIns.isEmpty)
    }

    @Test("\"How's my pain been this month?\" answers from the check-ins")
    func painThisMonth() throws {
        let (coach, _, folder) = try Self.coachWithLog()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(coach.respond(to: "how's my pain been this month?").text == Messages.noPainRatings)
        _ = coach.respond(to: "my pain is 6 out of 10")
        _ = coach.respond(to: "about a 4")
        let answer = coach.respond(to: "how's my pain been this month?")
        #expect(answer.intent == "session-history")
        #expect(answer.text.contains("2 ratings, average 5.0/10, lowest 4, highest 6, latest 4/10"))
    }
}

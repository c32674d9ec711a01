import BackCoachCore
import Foundation
import Testing

@Suite("Guided routines")
struct RoutineFlowTests {
    /// A coach in real pace with a virtual clock and a log in a temporary folder.
    struct Harness {
        let clock = VirtualClock()
        let folder: URL
        let log: SessionLog
        let coach: Coach

        init(pace: Pace = .real) throws {
            folder = try Fixtures.temporaryFolder()
            log = SessionLog(file: folder.appending(path: "sessions.jsonl"))
            coach = Coach(intents: Fixtures.intents, clock: clock, pace: pace, log: log)
        }

        /// Moves the virtual clock and lets the coach notice.
        func wait(_ seconds: Double) -> Reply? {
            clock.advance(by: seconds)
            return coach.tick()
        }
    }

    @Test("Clam shells by conversation: offer, yes, left, right, summary, logged")
    func clamShellsByConversation() throws {
        let h = try Harness(pace: .instant)
        _ = h.coach.respond(to: "how many clam-shell reps should I do?")
        let start = h.coach.respond(to: "yes")
        #expect(start.text.contains("Exercise 1 of 1 — Clam shells, left side: 20 reps"))
        #expect(start.routine?.side == .left)
        #expect(start.routine?.phase == "reps")
        let right = h.coach.respond(to: "done")
        #expect(right.routine?.side == .right)
        let end = h.coach.respond(to: "done")
        #expect(end.routine == nil)
        #expect(end.text.contains("Routine complete"))
        let records = h.log.read().records
        #expect(records.count == 1)
        #expect(records.first?.exercises.first?.status == .completed)
        #expect(records.first?.outcome == .completed)
    }

    @Test("A timed hold counts down on the clock and advances by itself; rest follows")
    func countdown() throws {
        let h = try Harness()
        _ = h.coach.startRoutine(RoutineRequest(focus: "wall-sit"))
        #expect(h.coach.routineSnapshot?.phase == "ready")
        #expect(h.coach.routineSnapshot?.remaining == RoutinePlan.getReadySeconds)
        let go = try #require(h.wait(Double(RoutinePlan.getReadySeconds)))
        #expect(go.text.contains("hold 1 of 2 for 20 s"))
        #expect(!go.holdEnded, "the get-ready count is not a hold")
        #expect(h.coach.routineSnapshot?.remaining == 20)
        #expect(h.wait(5) == nil)
        #expect(h.coach.routineSnapshot?.remaining == 15)
        let rest = try #require(h.wait(15))
        #expect(rest.text.contains("rest 30 s"))
        #expect(rest.holdEnded, "the end of a hold rings the bell")
        #expect(h.coach.routineSnapshot?.phase == "rest")
        let ready = try #require(h.wait(30))
        #expect(ready.text.contains("get into position"))
        let second = try #require(h.wait(Double(RoutinePlan.getReadySeconds)))
        #expect(second.text.contains("hold 2 of 2"))
        let done = try #require(h.wait(20))
        #expect(done.text.contains("Routine complete in 1 min 20 s"))
        let record = try #require(h.log.read().records.first)
        #expect(record.seconds == 80 && !record.simulated, "real time, actually spent")
        #expect(Messages.duration(120) == "2 min")
    }

    @Test("Pause stops the countdown and resume continues it")
    func pauseAndResume() throws {
        let h = try Harness()
        _ = h.coach.startRoutine(RoutineRequest(focus: "wall-sit"))
        _ = h.coach.respond(to: "ready")
        _ = h.wait(4)
        let paused = h.coach.respond(to: "pause")
        #expect(paused.routine?.phase == "paused")
        #expect(h.wait(60) == nil)
        #expect(h.coach.routineSnapshot?.remaining == 16)
        _ = h.coach.respond(to: "resume")
        _ = h.wait(6)
        #expect(h.coach.routineSnapshot?.remaining == 10)
    }

    @Test("Skip, back, repeat and stop move through the steps")
    func controls() throws {
        let h = try Harness(pace: .instant)
        _ = h.coach.startRoutine(RoutineRequest())
        #expect(h.coach.routineSnapshot?.exercise == "partial-crunch")
        _ = h.coach.respond(to: "skip")
        #expect(h.coach.routineSnapshot?.exercise == "clam-shell")
        _ = h.coach.respond(to: "back")
        #expect(h.coach.routineSnapshot?.exercise == "partial-crunch")
        let again = h.coach.respond(to: "repeat")
        #expect(again.routine?.step == 1)
        let help = h.coach.respond(to: "how do I do this?")
        #expect(help.text.contains("How to do partial crunches"))
        #expect(help.routine?.step == 1)
        let stop = h.coach.respond(to: "stop")
        #expect(stop.routine == nil)
        #expect(stop.text.contains("Routine stopped"))
        #expect(h.log.read().records.first?.outcome == .stopped)
    }

    @Test("A full routine under instant pace runs every exercise, side and rest, and is logged")
    func fullInstantRoutine() throws {
        let h = try Harness(pace: .instant)
        var reply = h.coach.startRoutine(RoutineRequest())
        var transcript = reply.text
        while reply.routine != nil {
            reply = h.coach.respond(to: "done")
            transcript += "\n" + reply.text
        }
        for exercise in ["Partial crunches", "Clam shells, left side", "Clam shells, right side", "Wall sits: hold 1 of 2",
                         "Wall sits: rest 30 s", "Wall sits: hold 2 of 2", "Towel hamstring stretch, left leg", "Towel hamstring stretch, right leg",
                         "Reclining twist, left side", "Reclining twist, right side", "Routine complete"] {
            #expect(transcript.contains(exercise), "missing \(exercise)")
        }
        let record = try #require(h.log.read().records.first)
        #expect(record.exercises.allSatisfy { $0.status == .completed })
        #expect(record.simulated, "a virtual clock's routine is a simulation")
        #expect(record.seconds < 5, "the log keeps the time actually spent")
        #expect(transcript.contains("Routine complete in 2 min"), "the summary shows the simulated time")
    }

    @Test("Pain mid-routine stops the exercise with advice and offers to skip it or end")
    func pain() throws {
        let h = try Harness(pace: .instant)
        _ = h.coach.startRoutine(RoutineRequest())
        let hurt = h.coach.respond(to: "ouch that hurts")
        #expect(hurt.text.contains("Stop partial crunches now and rest"))
        #expect(hurt.text.contains("doctor or physical therapist"))
        let next = h.coach.respond(to: "skip")
        #expect(next.routine?.exercise == "clam-shell")
        _ = h.coach.respond(to: "stop")
        let record = try #require(h.log.read().records.first)
        #expect(record.exercises.first?.status == .pain)
        #expect(record.painReports == ["ouch that hurts"])
    }

    @Test("A red flag mid-routine ends it with the urgent answer")
    func redFlagMidRoutine() throws {
        let h = try Harness(pace: .instant)
        _ = h.coach.startRoutine(RoutineRequest())
        let reply = h.coach.respond(to: "wait, I can't feel my groin")
        #expect(reply.urgent)
        #expect(reply.routine == nil)
        #expect(reply.text.hasPrefix("URGENT"))
        #expect(reply.text.contains("Routine stopped"))
        #expect(h.log.read().records.first?.outcome == .redFlag)
    }

    @Test("End of input mid-routine stops it cleanly and keeps what was done")
    func endOfInput() throws {
        let h = try Harness(pace: .instant)
        _ = h.coach.startRoutine(RoutineRequest(focus: "clam-shell"))
        _ = h.coach.respond(to: "done")
        let summary = try #require(h.coach.endOfInput())
        #expect(summary.text.contains("Routine stopped"))
        let record = try #require(h.log.read().records.first)
        #expect(record.outcome == .endedEarly)
        #expect(record.exercises.first?.completedSteps == 1)
    }

    @Test("Routines are started by asking, with focus, level and time limit")
    func startByAsking() throws {
        let hips = Fixtures.coach().respond(to: "a routine for my hips")
        #expect(hips.routine?.exercise == "clam-shell")
        let quick = Fixtures.coach().respond(to: "a quick 3-minute routine")
        let minutes = quick.text.firstMatch(of: /about (\d+) min/).flatMap { Int($0.output.1) }
        #expect(minutes.map { $0 <= 3 } == true, "\(quick.text)")
        #expect(quick.routine.map { $0.exerciseCount < 5 } == true)
        let beginner = Fixtures.coach().respond(to: "beginner routine")
        #expect(beginner.text.contains("beginner routine"))
        let hamstring = Fixtures.coach().respond(to: "do the hamstring stretch with me")
        #expect(hamstring.exercise == "hamstring-stretch")
        #expect(hamstring.text.contains("Towel hamstring stretch, right leg: hold 2 of 2 for 15 s"))
        #expect(hamstring.text.contains("Routine complete"))
        let advanced = Fixtures.coach().respond(to: "start an advanced workout")
        #expect(advanced.text.contains("wall sits (2 × 60 s hold"))
    }

    /// Runs a routine in real pace on the virtual clock to its end, waiting out timed steps and saying done.
    static func runToEnd(_ h: Harness, _ request: RoutineRequest) -> Reply {
        var reply = h.coach.startRoutine(request)
        while reply.routine != nil {
            if let remaining = h.coach.routineSnapshot?.remaining, let ticked = h.wait(Double(remaining)) {
                reply = ticked
            } else {
                reply = h.coach.respond(to: "done")
            }
        }
        return reply
    }

    @Test("After three completed sessions at a level the coach suggests the next, never past the article's ranges")
    func progressSuggestion() throws {
        let h = try Harness()
        var last = Reply(input: "", text: "")
        for _ in 0..<3 { last = Self.runToEnd(h, RoutineRequest(focus: "wall-sit")) }
        #expect(last.text.contains("intermediate"), "\(last.text)")
        #expect(last.text.contains("wall sits 2 × 20 s hold, 30 s rest between; rep count not from the article → 2 × 40 s hold"))
        let top = try Harness()
        for _ in 0..<3 { last = Self.runToEnd(top, RoutineRequest(focus: "wall-sit", level: .advanced)) }
        #expect(last.text.contains("top of the article's ranges"))
        let history = h.coach.respond(to: "how many sessions this week?")
        #expect(history.text.contains("3 sessions in the last 7 days"))
        #expect(h.coach.respond(to: "what did I do last time?").text.contains("Last time"))
        let wallSits = h.coach.respond(to: "when did I last do wall sits?")
        #expect(wallSits.exercise == "wall-sit")
        #expect(wallSits.text.contains("Last time you did wall sits") && wallSits.text.contains("3 sessions with wall sits in the last 7 days"),
                "\(wallSits.text)")
        #expect(h.coach.respond(to: "when did I last do clam shells?").text.contains("no session with clam shells"))
    }

    @Test("Simulated routines (a virtual clock, instant pace) are logged as such and never count toward progress")
    func simulatedRoutinesDoNotCount() throws {
        let h = try Harness(pace: .instant)
        var last = Reply(input: "", text: "")
        for _ in 0..<3 {
            var reply = h.coach.startRoutine(RoutineRequest(focus: "wall-sit"))
            while reply.routine != nil { reply = h.coach.respond(to: "done") }
            last = reply
        }
        #expect(!last.text.contains("intermediate"), "\(last.text)")
        #expect(h.log.read().records.count == 3)
        #expect(h.log.read().records.allSatisfy { $0.simulated })
        #expect(h.coach.respond(to: "what did I do last time?").text == Messages.noSessions)
    }
}

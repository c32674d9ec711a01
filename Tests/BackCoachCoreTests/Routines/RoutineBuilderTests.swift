import BackCoachCore
import Testing

@Suite("Routine builder")
struct RoutineBuilderTests {
    let builder = RoutineBuilder()

    @Test("A full session: strength first, stretches after, the reclining twist last")
    func fullSessionOrder() throws {
        let plan = try builder.build(RoutineRequest())
        #expect(plan.items.map(\.exercise) == ["partial-crunch", "clam-shell", "wall-sit", "hamstring-stretch", "reclining-twist"])
    }

    @Test("A focus picks the exercises for that target or exercise", arguments: [
        ("hips", ["clam-shell"]), ("hamstrings", ["hamstring-stretch"]), ("cool-down", ["reclining-twist"]),
        ("lower-back", ["partial-crunch", "clam-shell", "wall-sit", "hamstring-stretch", "reclining-twist"]),
        ("wall-sit", ["wall-sit"]),
    ])
    func focus(_ pair: (String, [String])) throws {
        #expect(try builder.build(RoutineRequest(focus: pair.0)).items.map(\.exercise.rawValue) == pair.1)
    }

    @Test("Levels set the dose within the article's ranges", arguments: [
        (RoutineLevel.beginner, 20, 15, 2, 8), (.intermediate, 40, 20, 3, 10), (.advanced, 60, 30, 4, 12),
    ])
    func levels(_ expected: (RoutineLevel, Int, Int, Int, Int)) throws {
        let plan = try builder.build(RoutineRequest(level: expected.0))
        let wall = try #require(plan.items.first { $0.exercise == "wall-sit" })
        let hamstring = try #require(plan.items.first { $0.exercise == "hamstring-stretch" })
        let crunch = try #require(plan.items.first { $0.exercise == "partial-crunch" })
        #expect(wall.holdSeconds == expected.1)
        #expect(wall.restSeconds == 30)
        #expect(hamstring.holdSeconds == expected.2)
        #expect(hamstring.rounds == expected.3)
        #expect(crunch.reps == expected.4)
        #expect(plan.items.first { $0.exercise == "clam-shell" }?.reps == 20)
    }

    @Test("A time limit fits the session into it, keeping the focus")
    func timeLimit() throws {
        let short = try builder.build(RoutineRequest(level: .advanced, minutes: 3))
        #expect(short.estimatedSeconds <= 180)
        #expect(!short.items.isEmpty)
        #expect(try builder.build(RoutineRequest(minutes: 30)).items.count == 5)
        #expect(throws: RoutineBuilder.BuildError.self) { try builder.build(RoutineRequest(focus: "reclining-twist", minutes: 1)) }
        #expect(throws: RoutineBuilder.BuildError.unknownFocus("elbows")) { try builder.build(RoutineRequest(focus: "elbows")) }
    }

    @Test("An advanced routine with a time limit keeps advanced doses and drops exercises to fit")
    func advancedWithLimit() throws {
        let plan = try builder.build(RoutineRequest(level: .advanced, minutes: 10))
        #expect(plan.level == .advanced)
        #expect(plan.items.first { $0.exercise == "wall-sit" }?.holdSeconds == 60)
    }

    @Test("Sides and legs are separate steps; wall sits rest 30 s between reps")
    func steps() throws {
        let steps = try builder.build(RoutineRequest()).steps
        let clams = steps.filter { $0.exercise == "clam-shell" }
        #expect(clams.map(\.side) == [.left, .right, .right])
        #expect(clams.map(\.phase) == [.reps, .getReady, .reps], "a get-ready count at the change of side")
        let wall = steps.filter { $0.exercise == "wall-sit" }
        #expect(wall.map(\.phase) == [.getReady, .hold, .rest, .getReady, .hold], "a get-ready count before each timed hold")
        #expect(wall[2].seconds == 30)
        #expect(steps.filter { $0.exercise == "hamstring-stretch" && $0.phase.isWork }.count == 4)
    }
}

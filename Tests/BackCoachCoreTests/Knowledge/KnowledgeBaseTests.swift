import BackCoachCore
import Foundation
import Testing

@Suite("Knowledge base")
struct KnowledgeBaseTests {
    static let kb = KnowledgeBase.article

    /// Every statement the coach can make about an exercise, as one text.
    static func text(of exercise: Exercise) -> String {
        ([exercise.summary] + exercise.benefits + exercise.steps + [exercise.quotedInstructions].compactMap { $0 }
            + exercise.dose.facts + exercise.progression + exercise.cautions + exercise.cues).map(\.text).joined(separator: " ")
    }

    /// Facts from the article and the exercise they belong to; each must be in the knowledge base.
    static let articleFacts: [(String, String)] = [
        ("partial-crunch", "hard to over-do"), ("partial-crunch", "hands behind your neck"), ("partial-crunch", "don't pull on it"),
        ("partial-crunch", "mind-muscle connection"), ("partial-crunch", "only your shoulders"), ("partial-crunch", "breathe"),
        ("partial-crunch", "in control of the movement"), ("partial-crunch", "Hold for a few seconds"), ("partial-crunch", "fling your shoulders"),
        ("partial-crunch", "Slowly lower"), ("partial-crunch", "8 to 12"),
        ("reclining-twist", "cool-down"), ("reclining-twist", "whole spine"), ("reclining-twist", "pretzel"),
        ("reclining-twist", "Cross the right thigh over the left"), ("reclining-twist", "palms down"),
        ("reclining-twist", "sliding the left hip underneath"), ("reclining-twist", "twist to the left"), ("reclining-twist", "no hold time"),
        ("wall-sit", "rehabilitation squats"), ("wall-sit", "build strength and skip the stress"), ("wall-sit", "regain mobility"),
        ("wall-sit", "20 seconds or more"), ("wall-sit", "60-second holds"), ("wall-sit", "30 seconds of rest"),
        ("hamstring-stretch", "number one contributors to lower back pain"), ("hamstring-stretch", "toe-touches"),
        ("hamstring-stretch", "overstretch"), ("hamstring-stretch", "towel"), ("hamstring-stretch", "ball of your foot"),
        ("hamstring-stretch", "gentle stretch down the back of your leg"), ("hamstring-stretch", "15 to 30 seconds"),
        ("hamstring-stretch", "2 to 4 times for each leg"),
        ("clam-shell", "sciatica"), ("clam-shell", "lower back and core"), ("clam-shell", "peach"), ("clam-shell", "weak hips"),
        ("clam-shell", "overuse their lower back"), ("clam-shell", "45-degree"), ("clam-shell", "lay it on your arm"),
        ("clam-shell", "top arm to steady"), ("clam-shell", "hipbones are stacked"), ("clam-shell", "belly button"),
        ("clam-shell", "feet touching"), ("clam-shell", "lower leg off the floor"), ("clam-shell", "20 reps on each side"),
    ]

    @Test("Every fact of the article is in the knowledge base", arguments: articleFacts)
    func factIsPresent(_ fact: (String, String)) throws {
        let exercise = try #require(Self.kb.exercise(id: ExerciseID(fact.0)))
        #expect(Self.text(of: exercise).localizedCaseInsensitiveContains(fact.1))
    }

    @Test("The general advice: clear it with a professional, some exercises may not suit a body")
    func generalAdvice() {
        let advice = Self.kb.generalAdvice.map(\.text).joined(separator: " ")
        #expect(advice.contains("medical professional"))
        #expect(advice.contains("might not be the right fit"))
        #expect(advice.contains("talk to your doctor"))
    }

    @Test("Quoted instructions are credited to the article's sources, and no source is invented")
    func sourcesAreCredited() {
        #expect(Self.kb.exercise(id: "hamstring-stretch")?.quotedInstructions?.source == .webMD)
        #expect(Self.kb.exercise(id: "reclining-twist")?.quotedInstructions?.source == .yogaInternational)
        #expect(Self.kb.exercise(id: "clam-shell")?.quotedInstructions?.source == .unnamedQuote)
        #expect(Self.kb.exercise(id: "wall-sit")?.dose.facts.contains { $0.source == .coachMagazine } == true)
        #expect(Self.kb.sources == [.webMD, .yogaInternational, .coachMagazine])
    }

    @Test("Doses stay inside the article's figures")
    func doses() {
        #expect(Self.kb.exercise(id: "partial-crunch")?.dose.reps == 8...12)
        #expect(Self.kb.exercise(id: "wall-sit")?.dose.holdSeconds == 20...60)
        #expect(Self.kb.exercise(id: "wall-sit")?.dose.restSeconds == 30)
        #expect(Self.kb.exercise(id: "hamstring-stretch")?.dose.holdSeconds == 15...30)
        #expect(Self.kb.exercise(id: "hamstring-stretch")?.dose.times == 2...4)
        #expect(Self.kb.exercise(id: "clam-shell")?.dose.reps == 20...20)
        #expect(Self.kb.exercise(id: "reclining-twist")?.dose.holdSeconds == nil)
    }

    @Test("Every fact not from the article is marked as a standard cue in the data")
    func standardCuesAreMarked() {
        for exercise in Self.kb.exercises {
            let facts = exercise.benefits + exercise.steps + exercise.dose.facts + exercise.progression + exercise.cautions + exercise.cues
            for fact in facts where fact.source == .standardCue {
                #expect(fact.credited.contains("not from the article"))
            }
        }
        #expect(Self.kb.exercise(id: "wall-sit")?.steps.allSatisfy { $0.source == .standardCue } == true)
    }
}

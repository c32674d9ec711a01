import BackCoachCore
import Foundation
import Testing

@Suite("Settings and exclusions")
struct CoachSettingsTests {
    static let known = Set(KnowledgeBase.article.exercises.map(\.id))

    /// A settings text, what it gives, and which lines are invalid.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let asksPain: Bool
        let excluded: [ExerciseID]
        let invalid: [Int]
        var testDescription: String { name }
    }

    @Test("The file is read line by line; invalid lines are ignored and named", arguments: [
        Case(name: "defaults when empty", text: "", asksPain: true, excluded: [], invalid: []),
        Case(name: "both settings, comments and blank lines", text: "# mine\n\nask-pain = no\nexclude = partial-crunch, wall-sit # knees\n",
             asksPain: false, excluded: ["partial-crunch", "wall-sit"], invalid: []),
        Case(name: "broken lines are ignored, good ones kept", text: "ask-pain = maybe\nexclude = burpees\nnonsense\nexclude = clam-shell\n",
             asksPain: true, excluded: ["clam-shell"], invalid: [1, 2, 3]),
    ])
    func parse(_ example: Case) {
        let (settings, invalid) = CoachSettings.parse(example.text, knownExercises: Self.known)
        #expect(settings.asksPain == example.asksPain)
        #expect(settings.excluded == example.excluded)
        #expect(invalid == example.invalid)
    }

    /// A coach that reads its settings from `file`, as a fresh start of the program does.
    static func restartedCoach(_ file: SettingsFile) -> Coach {
        let coach = Fixtures.coach()
        coach.use(file.load().settings, file: file)
        return coach
    }

    @Test("\"I can't do crunches\" holds across a restart; \"put crunches back\" restores them")
    func exclusionAcrossRestart() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SettingsFile(file: folder.appending(path: "backcoach/settings"))
        #expect(Self.restartedCoach(file).respond(to: "I can't do crunches").text.contains("leave partial crunches out"))
        let without = Self.restartedCoach(file).respond(to: "start a routine")
        #expect(without.text.contains("clam shells"))
        #expect(!without.text.contains("crunches"), "\(without.text)")
        #expect(Self.restartedCoach(file).respond(to: "what are my settings?").text.contains("Left out of your routines: partial crunches."))
        _ = Self.restartedCoach(file).respond(to: "put crunches back")
        #expect(Self.restartedCoach(file).respond(to: "start a routine").text.contains("partial crunches"))
    }

    @Test("An excluded exercise named as the focus is still done; a target whose exercises are all excluded is refused",
          arguments: [(["clam-shell"], true), (["reclining-twist"], true), (["cool-down"], false)])
    func namedFocus(_ focuses: [String], built: Bool) {
        var request = RoutineRequest(focuses: focuses)
        request.excluded = ["reclining-twist", "partial-crunch"]
        let result = Result { () throws(RoutineBuilder.BuildError) in try RoutineBuilder().build(request) }
        if built {
            #expect((try? result.get())?.items.isEmpty == false)
        } else {
            #expect(throws: RoutineBuilder.BuildError.allExcluded) { try result.get() }
        }
    }
}

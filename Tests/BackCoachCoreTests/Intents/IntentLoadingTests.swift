import BackCoachCore
import Foundation
import Testing

@Suite("Loading intent folders")
struct IntentLoadingTests {
    @Test("The repository's Intents folder is what the binary embeds")
    func folderMatchesEmbedded() throws {
        let folder = try IntentSet(folder: Fixtures.intentsFolder)
        #expect(folder.intents.map(\.id) == Fixtures.intents.intents.map(\.id))
        #expect(folder.intents.map(\.examples) == Fixtures.intents.intents.map(\.examples))
    }

    @Test("A YAML syntax error is refused with the file and line")
    func syntaxErrorNamesFileAndLine() throws {
        let folder = try Fixtures.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try "intent: broken\nkeywords:\n  required: [[a, b]\nanswer: x\n".write(to: folder.appending(path: "broken.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try IntentSet(folder: folder)
            Issue.record("the broken file was accepted")
        } catch {
            #expect(error.file.hasSuffix("broken.yaml"))
            #expect((error.line ?? 0) >= 3)
            #expect(error.description.contains("broken.yaml:"))
        }
    }

    static let brokenFiles: [(String, String, Int)] = [
        ("intent: x\nkeywords:\n  required: [a]\nentities:\n  mood: required\nanswer: hi\n", "unknown entity type 'mood'", 5),
        ("intent: x\nkeywords:\n  required: [a]\nanswer: \"{nonsense}\"\n", "unknown placeholder {nonsense}", 4),
        ("intent: x\nkeywrods:\n  required: [a]\nanswer: hi\n", "unknown key `keywrods`", 2),
        ("intent: dose\nkeywords:\n  required: [a]\nanswer: hi\n", "already defined", 1),
        ("intent: x\nanswer: hi\n", "no required keywords", 1),
        ("intent: x\nred-flag: urgent\nanswer: see a doctor\nsymptoms:\n  - name: a fall with thin bones\n    line-wide: [$bone-risk]\n    patterns:\n      - fall + pain\n",
         "line-wide '$bone-risk' is in none of the symptom's patterns", 6),
    ]

    @Test("Semantic mistakes are refused with the file, line and what is wrong", arguments: brokenFiles)
    func semanticErrors(_ file: (String, String, Int)) throws {
        let folder = try Fixtures.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try file.0.write(to: folder.appending(path: "zz-broken.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try IntentSet(folder: folder)
            Issue.record("the broken file was accepted")
        } catch {
            #expect(error.file.hasSuffix("zz-broken.yaml"))
            #expect(error.line == file.2)
            #expect(error.message.contains(file.1), "\(error)")
        }
    }

    @Test("The linter passes the built-in intents and names an example that matches another intent")
    func linter() throws {
        #expect(IntentLinter().lint(Fixtures.intents).filter { $0.severity == .error }.isEmpty)
        let folder = try Fixtures.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let thanks = folder.appending(path: "thanks.yaml")
        try (try String(contentsOf: thanks, encoding: .utf8) + "  - how many clam shells should I do\n").write(to: thanks, atomically: true, encoding: .utf8)
        let findings = IntentLinter().lint(folder: folder)
        #expect(findings.contains { $0.file.hasSuffix("thanks.yaml") && $0.message.contains("matches 'dose'") && $0.line != nil })
    }

    @Test("Adding an unrelated intent changes no answer to any existing example")
    func addingAnIntentIsStable() throws {
        let folder = try Fixtures.copyOfIntents()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try """
            intent: weather
            description: The weather, which the coach does not know.
            keywords:
              required:
                - [weather, forecast, rain, sunny]
            answer: I don't know the weather.
            examples:
              - what's the weather like
            """.write(to: folder.appending(path: "weather.yaml"), atomically: true, encoding: .utf8)
        let extended = try IntentSet(folder: folder)
        let before = Fixtures.intents.intents.flatMap(\.examples)
        for example in before {
            let original = Coach(intents: Fixtures.intents, clock: VirtualClock(), pace: .instant, log: nil).respond(to: example)
            let changed = Coach(intents: extended, clock: VirtualClock(), pace: .instant, log: nil).respond(to: example)
            #expect(original.intent == changed.intent && original.exercise == changed.exercise && original.text == changed.text, "\(example)")
        }
        #expect(Coach(intents: extended, clock: VirtualClock(), pace: .instant, log: nil).respond(to: "what's the weather like").intent == "weather")
    }
}

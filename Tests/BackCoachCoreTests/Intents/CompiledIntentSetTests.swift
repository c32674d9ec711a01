import BackCoachCore
import Foundation
import Testing

@Suite("The compiled intent set")
struct CompiledIntentSetTests {
    /// The `Intents/` folder loaded from its YAML, its files named as the build names them (`Intents/dose.yaml`).
    static let fromYAML: IntentSet = {
        do { return try IntentSet(folder: Fixtures.intentsFolder, shownAs: "Intents") } catch { fatalError("Intents/ does not load: \(error)") }
    }()

    /// `fromYAML` compiled, once: compiling builds a matcher for its ready-made phrase indexes.
    static let compiledText = fromYAML.compiled()

    @Test("The binary's compiled set is what Intents/ compiles to now")
    func embeddedSetIsCurrent() {
        #expect(Self.compiledText == EmbeddedIntents.text.description)
    }

    @Test("A compiled set reads back to the same set")
    func roundTrip() throws {
        let text = Self.compiledText
        let readBack = try IntentSet(compiled: text)
        #expect(readBack.compiled() == text)
        #expect(readBack.intents == Self.fromYAML.intents)
        #expect(readBack.concepts == Self.fromYAML.concepts)
        #expect(readBack.language == Self.fromYAML.language)
        #expect(readBack.exercises == Self.fromYAML.exercises && readBack.targets == Self.fromYAML.targets)
        #expect(readBack.outOfScope.map(\.text) == Self.fromYAML.outOfScope.map(\.text))
    }

    @Test("The compiled and the YAML set answer every evaluation line alike", arguments: ["holdout12.tsv", "holdout13.tsv", "red-flags.txt"])
    func sameAnswers(_ file: String) throws {
        let text = try String(contentsOf: Fixtures.repository.appending(path: "Tests/BackCoachCoreTests/Evaluation/\(file)"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t").first ?? "") }
        let compiled = IntentMatcher(intents: Fixtures.intents), parsed = IntentMatcher(intents: Self.fromYAML)
        for line in lines {
            let (one, other) = (compiled.match(line), parsed.match(line))
            #expect(one.redFlag?.symptom == other.redFlag?.symptom, "\(line)")
            #expect(one.candidates.map(\.intent) == other.candidates.map(\.intent), "\(line)")
            #expect(one.candidates.map(\.score) == other.candidates.map(\.score), "\(line)")
        }
    }

    /// A damaged copy of the compiled text, named for what was done to it.
    struct Damage: CustomTestStringConvertible, Sendable {
        let name: String
        let change: @Sendable (String) -> String
        var testDescription: String { name }
    }

    @Test("A damaged compiled set is refused with a message, never a crash", arguments: [
        Damage(name: "empty") { _ in "" },
        Damage(name: "an older format's magic") { "BCI8" + $0.dropFirst(4) },
        Damage(name: "only the magic") { String($0.prefix(4)) },
        Damage(name: "cut inside the string table") { String($0.prefix(40)) },
        Damage(name: "cut halfway") { String($0.prefix($0.count / 2)) },
        Damage(name: "cut inside the ready-made phrase indexes") { String($0.prefix($0.count * 19 / 20)) },
        Damage(name: "the last character missing") { String($0.dropLast()) },
        Damage(name: "one character too many") { $0 + "a" },
        Damage(name: "a character outside the number alphabet at the end") { $0.dropLast() + "\u{01}" },
    ])
    func damagedSetIsRefused(_ damage: Damage) {
        #expect(throws: IntentLoadError.self) { try IntentSet(compiled: damage.change(Self.compiledText)) }
    }
}

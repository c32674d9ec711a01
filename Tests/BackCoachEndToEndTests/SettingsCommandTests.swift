import Foundation
import Testing

/// Exclusions said in the chat are kept in the settings file across runs; a broken file gives one warning.
@Suite("Settings across runs", .serialized)
struct SettingsCommandTests {
    @Test("\"I can't do crunches\" then, in a new run, \"start a routine\" leaves them out; backcoach settings shows it")
    func exclusionAcrossRuns() throws {
        try TemporaryHome.with { home in
            let result = try ScriptedRunTests.shell("""
                echo "I can't do crunches" | "$BACKCOACH"
                echo ===
                echo "start a routine" | "$BACKCOACH"
                echo ===
                "$BACKCOACH" settings
                echo ===
                echo "put crunches back" | "$BACKCOACH"
                echo "start a routine" | "$BACKCOACH"
                """, home: home)
            let parts = result.stdout.components(separatedBy: "===\n")
            #expect(parts.count == 4, "\(result.stdout)\(result.stderr)")
            guard parts.count == 4 else { return }
            #expect(parts[1].contains("clam shells") && !parts[1].contains("crunches"), "\(parts[1])")
            #expect(parts[2].contains("Left out of your routines: partial crunches."), "\(parts[2])")
            #expect(parts[3].contains("Here's your beginner routine") && parts[3].contains("partial crunches (8 reps)"), "\(parts[3])")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
    }

    @Test("A broken settings file gives one warning and the defaults")
    func brokenFile() throws {
        try TemporaryHome.with { home in
            try Data("ask-pain = sometimes\nexclude = burpees\n{{{\n".utf8).write(to: home.settingsFile)
            let result = try ScriptedRunTests.run([], input: "start a routine\n", home: home)
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.contains("ignored lines 1, 2, 3"), "\(result.stderr)")
            #expect(result.stdout.contains("partial crunches"), "\(result.stdout)")
        }
    }
}

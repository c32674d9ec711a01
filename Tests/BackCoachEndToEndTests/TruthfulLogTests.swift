import Foundation
import Testing

/// The log records what really happened: routines run on a virtual clock are marked simulated and never count
/// toward progress, and the level and doses logged are the ones run.
@Suite("A truthful session log", .serialized)
struct TruthfulLogTests {
    @Test("Three scripted routines give no progress suggestion and are logged as simulated")
    func scriptedRoutinesAreSimulated() throws {
        try TemporaryHome.with { home in
            let result = try ScriptedRunTests.shell("""
                for i in 1 2 3; do "$BACKCOACH" routine --focus hamstrings </dev/null; done
                echo ===
                "$BACKCOACH" log
                echo ===
                echo 'what did I do last time?' | "$BACKCOACH"
                """, home: home)
            let parts = result.stdout.components(separatedBy: "===\n")
            #expect(parts.count == 3, "\(result.stdout)\(result.stderr)")
            #expect(!parts[0].contains("intermediate"), "no progress advice from simulations: \(parts[0])")
            let logged = parts[1].split(separator: "\n").filter { $0.contains("focus hamstrings") }
            #expect(logged.count == 3 && logged.allSatisfy { $0.contains("simulated") }, "\(parts[1])")
            #expect(parts[2].contains("No sessions logged yet"), "simulations are not 'last time': \(parts[2])")
        }
    }

    @Test("--level advanced with a time limit runs and logs advanced doses")
    func advancedIsAdvanced() throws {
        try TemporaryHome.with { home in
            let result = try ScriptedRunTests.shell("""
                "$BACKCOACH" routine --level advanced --minutes 10 </dev/null
                echo ===
                "$BACKCOACH" log
                """, home: home)
            let parts = result.stdout.components(separatedBy: "===\n")
            #expect(parts.count == 2, "\(result.stdout)\(result.stderr)")
            #expect(parts[0].contains("advanced routine"), "\(parts[0])")
            #expect(parts[1].contains("advanced"), "\(parts[1])")
            #expect(!parts[1].contains("beginner"), "\(parts[1])")
            #expect(parts[1].contains("60 s hold") || parts[1].contains("12 reps"), "advanced doses: \(parts[1])")
        }
    }
}

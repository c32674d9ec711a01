import Foundation
import Testing

/// Issue 9 through the built binary: nothing lost, nothing hangs, nothing written where it should not be.
@Suite("Robustness: files, output errors, hostile input", .serialized)
struct RobustnessTests {
    /// A routine by conversation that completes: clam shells, both sides.
    static let clamShells = "printf 'how many clam shells?\\nyes\\ndone\\ndone\\n'"
    /// The session log of a temporary home, as the tests' bash scripts name it.
    static let log = "\"$XDG_DATA_HOME/backcoach/sessions.jsonl\""

    /// The repository's `Intents/` folder.
    static let intentsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Intents")

    static func shell(_ script: String, home: TemporaryHome) throws -> (stdout: String, stderr: String, status: Int32) {
        try ScriptedRunTests.shell("mkdir -p \"$XDG_DATA_HOME/backcoach\"; " + script, home: home)
    }

    @Test("A failed write to standard output says why once on stderr and exits 74", arguments: [
        ("ask to /dev/full", "\"$BACKCOACH\" ask how many clam shells >/dev/full", "No space left on device"),
        ("log --csv to /dev/full", "\(clamShells) | \"$BACKCOACH\" >/dev/null; \"$BACKCOACH\" log --csv >/dev/full", "No space left on device"),
        ("piped answers to /dev/full", "yes 'how many clam shells' | head -n 50 | \"$BACKCOACH\" >/dev/full", "No space left on device"),
        ("log --csv to a file cut short by ulimit -f",
         "\(clamShells) | \"$BACKCOACH\" >/dev/null; for i in 1 2 3 4; do cat \(log) \(log) >\"$HOME/copy\"; mv \"$HOME/copy\" \(log); done; (ulimit -f 1; \"$BACKCOACH\" log --csv >\"$HOME/out.csv\")",
         "File too large"),
    ])
    func outputErrors(what: String, script: String, reason: String) throws {
        let home = try TemporaryHome()
        let result = try Self.shell(script, home: home)
        #expect(result.status == 74, "\(what): \(result.stderr)")
        #expect(result.stderr.components(separatedBy: reason).count == 2, "\(what): one message naming \(reason): \(result.stderr)")
    }

    @Test("A routine saved after an unfinished last line (a crash, a full disk) is still read back")
    func unfinishedLastLine() throws {
        let home = try TemporaryHome()
        let result = try Self.shell("printf '{\"x\":1' >\(Self.log); \(Self.clamShells) | \"$BACKCOACH\" >/dev/null; \"$BACKCOACH\" log", home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("clam-shell: 20 reps each side, 2/2 steps, completed"))
        #expect(result.stderr.contains("1 unreadable line"))
    }

    @Test("The log as a FIFO, a symbolic link or a folder is refused with a warning, never blocks, never followed", arguments: [
        ("FIFO", "mkfifo \(log)", "is a FIFO"),
        ("symbolic link", "ln -s \"$HOME/elsewhere\" \(log)", "is a symbolic link"),
        ("folder", "mkdir \(log)", "is a folder"),
    ])
    func logThatIsNotAFile(kind: String, setUp: String, message: String) throws {
        let home = try TemporaryHome()
        let started = Date()
        let routine = try Self.shell("\(setUp); \(Self.clamShells) | \"$BACKCOACH\"", home: home)
        #expect(Date().timeIntervalSince(started) < 20, "\(kind): the routine must not hang")
        #expect(routine.status == 74)
        #expect(routine.stderr.contains(message))
        #expect(!FileManager.default.fileExists(atPath: home.home.appending(path: "elsewhere").path), "\(kind): written through a link")
        let log = try Self.shell("\"$BACKCOACH\" log", home: home)
        #expect(log.status == 74)
        #expect(log.stderr.contains(message))
        #expect(!log.stdout.contains("No sessions logged yet"), "\(kind): an unreadable log is not an empty one")
    }

    @Test("Escape sequences stored in the log never reach the terminal; CSV cells cannot start a formula")
    func escapeSequencesFromTheLog() throws {
        let home = try TemporaryHome()
        let record = #"{"ended":"2026-01-02T10:05:00Z","exercises":[{"completedSteps":2,"dose":"\u001b]0;pwned\u0007\u001b[31m20 reps","exercise":"clam-shell","status":"completed","totalSteps":2}],"focus":"\t=HYPERLINK(1)","level":"beginner","outcome":"completed","painReports":["\u001b[2Jouch"],"seconds":300,"started":"2026-01-02T10:00:00Z"}"#
        let script = "printf '%s\\n' '\(record)' >\(Self.log); \"$BACKCOACH\" log; \"$BACKCOACH\" log --csv; echo 'what did I do last time?' | \"$BACKCOACH\""
        let result = try Self.shell(script, home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("20 reps"))
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
        #expect(result.stdout.contains("'=HYPERLINK(1)"))
        #expect(!result.stdout.contains(",\t="))
    }

    @Test("Escape sequences in intent file names never reach the terminal from intents check")
    func escapeSequencesFromIntentFiles() throws {
        let home = try TemporaryHome()
        let script = "cp -r \"$INTENTS\" \"$HOME/intents\"; printf 'intent: [\\n' >\"$HOME/intents/evil\"$'\\e]0;pwned\\a\\e[31m'.yaml; \"$BACKCOACH\" intents check \"$HOME/intents\"; \"$BACKCOACH\" ask --intents \"$HOME/intents\" hi"
        let result = try Self.shell("INTENTS=\(Self.intentsFolder.path); " + script, home: home)
        #expect(result.stdout.contains("evil"))
        #expect(result.stderr.contains("evil"))
        #expect(!(result.stdout + result.stderr).contains("\u{1B}"))
    }

    @Test("A red flag at the end of a 300,000-character line is answered as urgent")
    func redFlagInAVeryLongLine() throws {
        let home = try TemporaryHome()
        let line = "how many clam shells " + String(repeating: "my back is a bit stiff today and ", count: 9_000) + "I lost control of my bladder"
        let result = try ScriptedRunTests.run(["--json"], input: line + "\nhow many clam shells\n", home: home)
        let objects = try ScriptedRunTests.objects(result.stdout)
        #expect(objects.count == 2)
        #expect(objects.first?["urgent"] as? Bool == true)
        #expect(objects.last?["intent"] as? String == "dose")
    }

    @Test("Intent files that would load slowly are refused at once with a clear message", arguments: [
        ("YAML alias amplification", "printf 'a: &a [x, x, x, x, x, x, x, x]\\n' >\"$F\"; for i in $(seq 1 200); do printf 'b%s: [*a, *a, *a, *a]\\n' $i >>\"$F\"; done", "YAML aliases"),
        ("a 2 MB file", "head -c 2000000 /dev/zero | tr '\\0' 'a' >\"$F\"", "intent files may have at most"),
    ])
    func oversizedIntentFiles(what: String, makeFile: String, message: String) throws {
        let home = try TemporaryHome()
        let started = Date()
        let script = "cp -r \(Self.intentsFolder.path) \"$HOME/intents\"; F=\"$HOME/intents/big.yaml\"; \(makeFile); \"$BACKCOACH\" ask --intents \"$HOME/intents\" hi"
        let result = try Self.shell(script, home: home)
        #expect(Date().timeIntervalSince(started) < 10, "\(what) took too long")
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(what): \(result.stderr)")
    }

    @Test("A missing home folder is never created: the log is not saved and the coach says why")
    func missingHome() throws {
        let home = try TemporaryHome()
        let script = "\(Self.clamShells) | HOME=\"$HOME/missing\" XDG_DATA_HOME= XDG_STATE_HOME= \"$BACKCOACH\"; echo status=$?; test -e \"$HOME/missing\" && echo created"
        let result = try Self.shell(script, home: home)
        #expect(result.stdout.contains("status=74"))
        #expect(!result.stdout.contains("created"))
        #expect(result.stderr.contains("does not exist"))
    }

    @Test("5 MB of random bytes: exit 0 and exactly one valid JSON object per non-blank line")
    func randomBytes() throws {
        let home = try TemporaryHome()
        let input = home.home.appending(path: "random")
        // The same bytes every run (xorshift from a fixed seed): random input can hold a line that means goodbye,
        // which ends the session early by design, so a fresh draw would make the test pass or fail by chance.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes = Data(count: 5_000_000)
        bytes.withUnsafeMutableBytes { buffer in
            for index in buffer.indices {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                buffer[index] = UInt8(truncatingIfNeeded: state >> 24)
            }
        }
        try bytes.write(to: input)
        let expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).filter { line in
            let text = String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            return !text.allSatisfy(\.isWhitespace)
        }.count
        let result = try Self.shell("\"$BACKCOACH\" --json <\"$HOME/random\" >\"$HOME/out\"; echo $?", home: home)
        #expect(result.stdout == "0\n")
        let lines = try String(contentsOf: home.home.appending(path: "out"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == expected)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
    }

    @Test("Ten sessions saving routines at once lose none")
    func concurrentRoutines() throws {
        let home = try TemporaryHome()
        let script = "for i in $(seq 1 10); do (\(Self.clamShells) | \"$BACKCOACH\" >/dev/null) & done; wait; \"$BACKCOACH\" log"
        let result = try Self.shell(script, home: home)
        #expect(result.stdout.components(separatedBy: "clam-shell: 20 reps each side, 2/2 steps, completed").count == 11)
        #expect(!result.stderr.contains("unreadable"))
    }

    @Test("With --pace real, end of input three seconds into a hold stops the routine and logs it")
    func realPaceEndOfInputIsLogged() throws {
        let home = try TemporaryHome()
        // Input ends three seconds after the routine has said its first line, however long start-up took.
        let script = """
            coproc COACH { "$BACKCOACH" routine --focus hamstrings --pace real; }
            read -r first <&"${COACH[0]}"; echo "$first"
            sleep 3; exec {COACH[1]}>&-; cat <&"${COACH[0]}"; wait
            "$BACKCOACH" log
            """
        let result = try Self.shell(script, home: home)
        #expect(result.stdout.contains("Routine stopped after 3 s"))
        #expect(result.stdout.contains("hamstring-stretch"))
    }
}

import Foundation
import Testing

/// The built binary through pipes: exact output and exit codes, as scripts see it.
@Suite("Scripted runs through pipes", .serialized)
struct ScriptedRunTests {
    /// Runs a bash script with `$BACKCOACH` set to the built binary.
    static func shell(_ script: String, home: TemporaryHome, directory: URL? = nil) throws -> (stdout: String, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        var environment = home.environment
        environment["BACKCOACH"] = try BinaryRunner.executableURL().path
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
        let stderrData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdoutData, as: UTF8.self), String(decoding: stderrData, as: UTF8.self), process.terminationStatus)
    }

    /// Runs the binary with lines on stdin.
    static func run(_ arguments: [String], input: String?, home: TemporaryHome) throws -> (stdout: String, stderr: String, status: Int32) {
        let result = try BinaryRunner.run(arguments, input: input, environment: home.environment)
        return (result.stdout, result.stderr, result.status)
    }

    /// Decodes JSON Lines.
    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("Two piped questions: exact answers, no banner, no prompt, exit 0")
    func acceptanceQuestions() throws {
        let home = try TemporaryHome()
        let result = try Self.run([], input: "which stretch helps tight hamstrings?\n\n   \nhow many clam-shell reps should I do?\n", home: home)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
            For tight hamstrings:
            - Towel hamstring stretch: Tight hamstrings are one of the number one contributors to lower back pain. So stretch out those hammies properly, the safer way: with a towel, lying down.
              Dose: Hold for at least 15 to 30 seconds. (WebMD) Do it 2 to 4 times for each leg. (WebMD)
              Caution: Avoid standing toe-touches: with chronic back pain they can put more pressure on your back and overstretch it, and they can overstretch your hamstrings.
            Want to do the towel hamstring stretch (2 holds of 15 s on each leg) now? (yes/no)

            Clam shells: Do 20 reps on each side. (quoted in the article, source not named)
            Want to do 20 clam shells on each side now? (yes/no)


            """)
    }

    @Test("--json prints one object per line with the contract's keys")
    func jsonLines() throws {
        let home = try TemporaryHome()
        let result = try Self.run(["--json"], input: "which stretch helps tight hamstrings?\nhow many clam-shell reps should I do?\n", home: home)
        #expect(result.status == 0)
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 2)
        for object in objects {
            for key in ["input", "understood", "intent", "confidence", "exercise", "urgent", "text", "offer", "routine"] {
                #expect(object.keys.contains(key), "missing \(key)")
            }
            #expect(object["understood"] as? Bool == true)
            #expect(object["urgent"] as? Bool == false)
            #expect((object["confidence"] as? Double).map { (0...1).contains($0) } == true)
        }
        #expect(objects[0]["exercise"] as? String == "hamstring-stretch")
        #expect(objects[1]["exercise"] as? String == "clam-shell")
        #expect(objects[1]["offer"] as? String == "Want to do 20 clam shells on each side now? (yes/no)")
        #expect(objects[1]["routine"] is NSNull)
    }

    @Test("An unrelated sentence is not understood; a lost bladder is urgent")
    func understoodAndUrgent() throws {
        let home = try TemporaryHome()
        let result = try Self.run(["--json"], input: "I need to back up my laptop\nI've lost control of my bladder\n", home: home)
        let objects = try Self.objects(result.stdout)
        #expect(objects[0]["understood"] as? Bool == false)
        #expect(objects[0]["intent"] is NSNull)
        #expect(objects[1]["urgent"] as? Bool == true)
        #expect((objects[1]["text"] as? String)?.contains("emergency") == true)
    }

    @Test("A triage question is printed once, and a yes to it is urgent", arguments: ["my leg went numb", "maybe a bit of a fever, not sure"])
    func triageQuestionOnce(_ line: String) throws {
        let home = try TemporaryHome()
        let result = try Self.run([], input: line + "\nyes\n", home: home)
        let answers = result.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(answers.count == 2, "\(result.stdout)")
        #expect(answers.first?.components(separatedBy: "(yes/no)").count == 2, "the question once: \(result.stdout)")
        #expect(answers.last?.contains("doctor") == true)
    }

    @Test("The binary copied alone into an empty folder and run from / still answers")
    func standaloneBinary() throws {
        let home = try TemporaryHome()
        let lonely = home.url.appending(path: "lonely")
        try FileManager.default.createDirectory(at: lonely, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try BinaryRunner.executableURL(), to: lonely.appending(path: "backcoach"))
        let result = try Self.shell("printf 'how many clam shells?\\n' | \(lonely.path)/backcoach", home: home, directory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Do 20 reps on each side"))
    }

    @Test("--intents with a malformed file exits non-zero naming the file and line")
    func malformedIntents() throws {
        let home = try TemporaryHome()
        let folder = home.url.appending(path: "intents")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "intent: broken\nkeywords:\n  required: [[how, many]\nanswer: x\n".write(to: folder.appending(path: "broken.yaml"), atomically: true, encoding: .utf8)
        let result = try Self.run(["--intents", folder.path], input: "hello\n", home: home)
        #expect(result.status != 0)
        #expect(result.stderr.contains("broken.yaml:4"))
        #expect(result.stdout.isEmpty)
        let check = try Self.run(["intents", "check", folder.path], input: nil, home: home)
        #expect(check.status != 0)
        #expect(check.stdout.contains("broken.yaml:4:"))
    }

    @Test("Clam shells by conversation end with a summary, and the session is in the log and its CSV")
    func routineAndLog() throws {
        let home = try TemporaryHome()
        let result = try Self.run([], input: "how many clam-shell reps should I do?\nyes\ndone\ndone\n", home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exercise 1 of 1 — Clam shells, left side: 20 reps"))
        #expect(result.stdout.contains("Exercise 1 of 1 — Clam shells, right side: 20 reps"))
        #expect(result.stdout.contains("Routine complete"))
        let log = try Self.run(["log"], input: nil, home: home)
        #expect(log.stdout.contains("clam-shell: 20 reps each side, 2/2 steps, completed"))
        let csv = try Self.run(["log", "--csv"], input: nil, home: home)
        #expect(csv.stdout.split(separator: "\n").count == 2)
        #expect(csv.stdout.contains(",completed,clam-shell,20 reps each side,2,2,completed,"))
    }

    @Test("routine is an object while a routine runs and null after stop")
    func routineInJSON() throws {
        let home = try TemporaryHome()
        let result = try Self.run(["--json"], input: "let's start a routine\nstop\n", home: home)
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 2)
        let routine = try #require(objects[0]["routine"] as? [String: Any])
        for key in ["exercise", "step", "of", "side", "phase", "remaining"] { #expect(routine.keys.contains(key), "missing \(key)") }
        #expect(routine["exercise"] as? String == "partial-crunch")
        #expect(routine["phase"] as? String == "reps")
        #expect(objects[1]["routine"] is NSNull)
    }

    @Test("A full instant routine runs every exercise, side and rest; pain mid-routine stops it with advice")
    func fullRoutineAndPain() throws {
        let home = try TemporaryHome()
        let full = try Self.run(["routine", "--pace", "instant"], input: "done\ndone\ndone\ndone\ndone\n", home: home)
        for text in ["Partial crunches: 8 reps", "Clam shells, left side", "Clam shells, right side", "Wall sits: rest 30 s",
                     "Towel hamstring stretch, right leg: hold 2 of 2", "Reclining twist, right side", "Routine complete"] {
            #expect(full.stdout.contains(text), "missing \(text)")
        }
        let pain = try Self.run([], input: "start a routine\ndone\nouch that hurts\nend\n", home: home)
        #expect(pain.stdout.contains("Stop clam shells now and rest"))
        #expect(pain.stdout.contains("talk to your doctor or physical therapist"))
        #expect(pain.stdout.contains("  Stopped for pain: clam shells."))
        let log = try Self.run(["log"], input: nil, home: home)
        #expect(log.stdout.contains("completed"))
        #expect(log.stdout.contains("pain reported: \"ouch that hurts\""))
    }

    @Test("Scripts never hang: pain then skip, and a pause carried into a timed step, finish at once")
    func noHangInScripts() throws {
        let home = try TemporaryHome()
        let pain = try BinaryRunner.run(["routine"], input: "done\nouch that hurts\nskip\n", environment: home.environment, timeout: 10)
        #expect(pain.status == 0)
        #expect(pain.stdout.contains("Reclining twist, left side"))
        let paused = try BinaryRunner.run(["routine", "--json"], input: "pause\ndone\ndone\ndone\ndone\n", environment: home.environment, timeout: 10)
        #expect(paused.status == 0)
        #expect(try Self.objects(paused.stdout).count == 6)
        let huge = try Self.run(["routine", "--minutes", "999999999999999999"], input: nil, home: home)
        #expect(huge.status != 0)
        #expect(huge.stderr.contains("--minutes must be from 1 to 240"))
    }

    @Test("In real pace a script's next line arrives mid-count: stop one second into the routine")
    func realPaceReadsDuringCountdown() throws {
        let home = try TemporaryHome()
        let started = Date()
        // "stop" comes one second after the routine has said its first line, however long start-up took.
        let script = """
            coproc COACH { "$BACKCOACH" routine --focus hamstrings --pace real; }
            read -r first <&"${COACH[0]}"; echo "$first"
            sleep 1; echo stop >&"${COACH[1]}"; exec {COACH[1]}>&-; cat <&"${COACH[0]}"; wait
            """
        let result = try Self.shell(script, home: home)
        #expect(Date().timeIntervalSince(started) < 8)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Routine stopped after 1 s."))
        #expect(result.stdout.contains("Stopped during: the towel hamstring stretch."))
    }

    @Test("End of input mid-routine stops it cleanly and logs what was done")
    func endOfInputMidRoutine() throws {
        let home = try TemporaryHome()
        let result = try Self.run([], input: "start a routine\ndone\n", home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Routine stopped"))
        let log = try Self.run(["log"], input: nil, home: home)
        #expect(log.stdout.contains("ended-early"))
        #expect(log.stdout.contains("partial-crunch: 8 reps, 1/1 steps, completed"))
    }

    @Test("Intent tools: check passes, test reports accuracy, ask --explain shows the typo and scores")
    func intentTools() throws {
        let home = try TemporaryHome()
        let check = try Self.run(["intents", "check"], input: nil, home: home)
        #expect(check.status == 0)
        #expect(check.stdout.contains("no problems"))
        let test = try Self.run(["intents", "test"], input: nil, home: home)
        #expect(test.status == 0)
        #expect(test.stdout.contains("Per-intent accuracy:"))
        #expect(test.stdout.contains("Out-of-scope rejection:"))
        let explain = try Self.run(["ask", "--explain", "how many clamshwlls"], input: nil, home: home)
        #expect(explain.stdout.contains("typo: \"clamshwlls\" read as \"clamshell\""))
        #expect(explain.stdout.contains("keyword: \"how many\" matched \"how many\""))
        #expect(explain.stdout.contains("scores: dose"))
        #expect(explain.stdout.contains("threshold 0.60"))
    }

    @Test("Invalid UTF-8, control characters, escape sequences and huge lines never crash or echo raw")
    func hostileInput() throws {
        let home = try TemporaryHome()
        let script = """
            { printf 'how many \\xff\\xfe clam shells\\n'; printf '\\x1b]0;owned\\x07\\x1b[31mhello\\x00\\x01\\n'; \
            head -c 3000000 /dev/zero | tr '\\0' 'a'; printf '\\nbye\\n'; } | "$BACKCOACH" --json
            """
        let result = try Self.shell(script, home: home)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        let objects = try Self.objects(result.stdout)
        #expect(objects.count == 4)
        #expect(objects[0]["exercise"] as? String == "clam-shell")
        #expect(objects[1]["intent"] as? String == "greeting")
        #expect(objects[3]["intent"] as? String == "quit")
    }

    @Test("A closed output pipe ends the program quietly")
    func closedPipe() throws {
        let home = try TemporaryHome()
        let result = try Self.shell("set -o pipefail; yes 'how many clam shells' | head -n 20000 | \"$BACKCOACH\" | head -n 1; echo \"status=${PIPESTATUS[2]}\"", home: home)
        #expect(result.stdout.hasPrefix("Clam shells: Do 20 reps on each side."))
        #expect(result.stdout.contains("status=0"))
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test("An unwritable or corrupt session log never stops the coach")
    func badStateFiles() throws {
        let home = try TemporaryHome()
                try Data("x".utf8).write(to: home.dataHome.appending(path: "backcoach"))
        let blocked = try Self.run([], input: "how many clam shells?\nyes\ndone\ndone\n", home: home)
        #expect(blocked.status == 74)
        #expect(blocked.stdout.contains("Couldn't save this session"))
        #expect(blocked.stderr.contains("the session log was not saved"))
        try FileManager.default.removeItem(at: home.dataHome.appending(path: "backcoach"))
        try FileManager.default.createDirectory(at: home.dataHome.appending(path: "backcoach"), withIntermediateDirectories: true)
        try Data("garbage\n\u{FF}\n".utf8).write(to: home.dataHome.appending(path: "backcoach/sessions.jsonl"))
        let log = try Self.run(["log"], input: nil, home: home)
        #expect(log.status == 0)
        #expect(log.stderr.contains("2 unreadable lines"))
    }
}

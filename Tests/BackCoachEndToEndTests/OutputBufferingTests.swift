import Foundation
import Testing

/// Piped output is written in blocks, but never held while the program waits: a program that sends a line and
/// waits for its answer before sending the next one (a coprocess) gets every answer, in either pace.
@Suite("Output buffering through pipes")
struct OutputBufferingTests {
    @Test("Each answer arrives before the next line is sent", arguments: [
        (arguments: ["--json", "--pace", "instant"], first: 0),
        (arguments: ["--json", "--pace", "real"], first: 0),
        (arguments: ["routine", "--json", "--pace", "instant"], first: 1),
    ])
    func answersArriveBeforeTheNextLine(_ arguments: [String], first: Int) throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let command = arguments.map { "'\($0)'" }.joined(separator: " ")
        // `read -t` waits for the answer itself (at most 20 s); nothing is sent until it has come.
        let script = """
            coproc COACH { "$BACKCOACH" \(command); }
            for _ in $(seq \(first)); do IFS= read -r -t 20 answer <&"${COACH[0]}" || { echo "no first object"; exit 1; }; done
            for line in "how many clam shells" "how long do I hold a wall sit" "stop"; do
                echo "$line" >&"${COACH[1]}"
                IFS= read -r -t 20 answer <&"${COACH[0]}" || { echo "no answer to: $line"; exit 1; }
                echo "answer: ${answer:0:40}"
            done
            exec {COACH[1]}>&-; cat <&"${COACH[0]}" >/dev/null; wait $COACH_PID; echo "status=$?"
            """
        let result = try ScriptedRunTests.shell(script, home: home)
        #expect(!result.stdout.contains("no answer"), "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("answer: ") }.count == 3, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("status=0\n"), "\(result.stdout)")
    }
}

import Foundation
import Testing

/// Pain check-ins from a script reach `backcoach progress` and the chat; the sparkline follows the terminal.
@Suite("Pain and progress from the command line", .serialized)
struct PainProgressTests {
    @Test("A piped rating is recorded, shown by progress, and answers \"how's my pain been this month?\"")
    func pipedRatingShows() throws {
        try TemporaryHome.with { home in
            let result = try ScriptedRunTests.shell("""
                printf 'my pain is 6 out of 10\\n' | "$BACKCOACH" --json
                echo ===
                TERM=dumb "$BACKCOACH" progress
                echo ===
                LANG=C.UTF-8 TERM=xterm "$BACKCOACH" progress
                echo ===
                echo "how's my pain been this month?" | "$BACKCOACH"
                """, home: home)
            let parts = result.stdout.components(separatedBy: "===\n")
            #expect(parts.count == 4, "\(result.stdout)\(result.stderr)")
            guard parts.count == 4 else { return }
            #expect(parts[0].contains(#""intent":"pain-rating""#) && parts[0].contains("pain 6/10"), "\(parts[0])")
            #expect(parts[1].contains("1 rating, average 6.0/10"), "\(parts[1])")
            #expect(parts[1].contains("|" + String(repeating: " ", count: 29) + "+|"), "ASCII sparkline: \(parts[1])")
            #expect(parts[1].unicodeScalars.allSatisfy { $0.isASCII }, "\(parts[1])")
            #expect(parts[2].contains(String(repeating: " ", count: 29) + "▅│"), "Unicode sparkline: \(parts[2])")
            #expect(parts[3].contains("1 rating, average 6.0/10"), "\(parts[3])")
        }
    }

    @Test("Scripted routines are not counted in progress: no sessions, no streak")
    func simulatedNotCounted() throws {
        try TemporaryHome.with { home in
            let result = try ScriptedRunTests.shell("""
                "$BACKCOACH" routine --focus hamstrings </dev/null >/dev/null
                TERM=dumb "$BACKCOACH" progress
                echo "what's my streak?" | "$BACKCOACH"
                """, home: home)
            #expect(result.stdout.contains("Current streak: 0 days."), "\(result.stdout)")
            #expect(result.stdout.contains("No streak just now"), "\(result.stdout)")
            #expect(!result.stdout.split(separator: "\n").contains { $0.range(of: #"^\d{4}-\d\d-\d\d +[1-9]"#, options: .regularExpression) != nil },
                    "\(result.stdout)")
        }
    }
}

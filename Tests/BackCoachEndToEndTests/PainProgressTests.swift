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

    @Test("backcoach report writes one page with a chart point per pain rating in the log")
    func reportFile() throws {
        try TemporaryHome.with { home in
            let folder = home.dataHome.appending(path: "backcoach")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let lines = (0..<30).map { day in
                let date = Date(timeIntervalSince1970: 1_790_000_000 + Double(day) * 86_400)
                let stamp = ISO8601DateFormatter().string(from: date)
                return #"{"ended":"\#(stamp)","exercises":[],"kind":"session","level":"beginner","outcome":"completed","painReports":[],"seconds":600,"started":"\#(stamp)","version":2}"#
                    + "\n" + #"{"at":"\#(stamp)","kind":"pain","moment":"before-routine","rating":\#(day % 11),"version":2}"#
            }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appending(path: "sessions.jsonl"))
            let page = home.url.appending(path: "out.html")
            let result = try ScriptedRunTests.run(["report", page.path], input: nil, home: home)
            #expect(result.status == 0, "\(result.stderr)")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.components(separatedBy: "<circle ").count - 1 == 30)
            #expect(html.contains("<svg") && !html.contains("<script"))
        }
    }
}

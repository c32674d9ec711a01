import BackCoachCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("The HTML report")
struct ReportPageTests {
    /// Counts elements by name while parsing, and remembers whether the parser failed.
    final class Counter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
        }
    }

    /// 30 sessions a day apart, each with a rating before and after, and one pain report with markup in it.
    static func generated(sessions: Int) -> LogContents {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var contents = LogContents()
        for day in 0..<sessions {
            let began = start.addingTimeInterval(Double(day) * 86_400)
            contents.checkIns.append(PainCheckIn(at: began, rating: 6 - day % 4, moment: .beforeRoutine))
            contents.records.append(SessionRecord(
                started: began, ended: began.addingTimeInterval(600), seconds: 600, level: .beginner, focus: nil, outcome: .completed,
                exercises: [.init(exercise: "wall-sit", dose: day < 15 ? "2 × 20 s" : "2 × 40 s", completedSteps: 2, totalSteps: 2, status: .completed)],
                painReports: day == 3 ? ["<b>sharp</b> & \"sudden\""] : []))
            contents.checkIns.append(PainCheckIn(at: began.addingTimeInterval(700), rating: 5 - day % 3, moment: .afterRoutine))
        }
        return contents
    }

    @Test("30 sessions give a page a parser reads without errors, with one chart point per pain rating and no scripts",
          arguments: [30, 1, 0])
    func wellFormed(_ sessions: Int) throws {
        let contents = Self.generated(sessions: sessions)
        let html = ReportPage(contents: contents, now: Date(timeIntervalSince1970: 1_803_000_000), timeZone: TimeZone(identifier: "UTC")!).html
        let parser = XMLParser(data: Data(html.utf8))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(counter.counts["circle", default: 0] == contents.checkIns.count)
        #expect(counter.counts["svg", default: 0] == (sessions > 0 ? 1 : 0))
        #expect(counter.counts["script"] == nil && counter.counts["link"] == nil && counter.counts["img"] == nil)
        #expect(!html.contains("src=") && !html.contains("href="), "nothing is fetched from the network")
        #expect(html.contains("size: A4"))
        if sessions == 30 {
            #expect(html.contains("&lt;b&gt;sharp&lt;/b&gt; &amp; &quot;sudden&quot;"))
            #expect(html.contains("2 × 20 s → 2 × 40 s"))
        }
    }
}

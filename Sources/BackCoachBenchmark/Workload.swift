import BackCoachCore
import Foundation

/// The lines the benchmark answers: held-out-style questions from the evaluation sets, and the same mixed with
/// routines, routine controls, pain lines and history questions.
struct Workload {
    /// Single questions that leave the coach ready for the next one (no routine, no safety question pending).
    let questions: [String]

    /// Routine scripts, turns separated by "|": start, done, pause, resume, skip, back, stop, pain, "continue" and
    /// history questions after them.
    static let routines = [
        "start a routine|done|pause|resume|skip|back|done|stop|continue|done|stop|when did I last exercise|how many sessions this week",
        "start a beginner routine|done|done|my back hurts|skip|done|done|stop|how did I do last time|what's my streak",
        "start an advanced routine|done|done|done|done|done|done|done|done|done|done|done|done|stop|how many minutes did I exercise this week",
        "start a routine for my hamstrings|how do I do this|done|done|stop|continue|stop|when did I last exercise",
        "start a routine|skip|skip|back|pause|resume|this is making it worse|end|how many sessions this week|what did I do last time",
    ]

    /// The questions of the held-out evaluation files in `folder` (holdout*.tsv) that a fresh coach answers and
    /// is then ready for another question: no multi-turn cases, and none that start a routine, end the session,
    /// or leave a question pending that the next line would have to answer.
    init(evaluationFolder folder: URL, matcher: IntentMatcher) throws {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("holdout") && $0.pathExtension == "tsv" }.sorted { $0.path < $1.path }
        var lines: [String] = []
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
                guard let text = line.split(separator: "\t").first, !text.contains(" >> ") else { continue }
                lines.append(String(text))
            }
        }
        let probe = "how many clam shells"
        questions = lines.filter { line in
            let coach = Coach(matcher: matcher, clock: VirtualClock(), pace: .instant, log: nil)
            let reply = coach.respond(to: line)
            guard reply.routine == nil, !reply.endsSession, coach.activeRoutine == nil else { return false }
            return coach.respond(to: probe).text == Coach(matcher: matcher, clock: VirtualClock(), pace: .instant, log: nil).respond(to: probe).text
        }
    }

    /// `count` question lines, the held-out questions repeated in order.
    func questionLines(_ count: Int) -> [String] {
        (0..<count).map { questions[$0 % questions.count] }
    }

    /// `count` lines: after every 100 questions one routine script, in turn, with history questions after it.
    func mixedLines(_ count: Int) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(count)
        var question = 0, routine = 0
        while lines.count < count {
            for _ in 0..<100 where lines.count < count {
                lines.append(questions[question % questions.count])
                question += 1
            }
            for turn in Self.routines[routine % Self.routines.count].split(separator: "|") where lines.count < count {
                lines.append(String(turn))
            }
            routine += 1
        }
        return lines
    }

    /// Writes `lines` to `file`, one a line.
    static func save(_ lines: [String], to file: URL) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
    }
}

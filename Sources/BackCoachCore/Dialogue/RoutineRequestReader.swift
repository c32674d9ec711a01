/// Reads a focus, level and time limit out of a request like "a quick 10-minute beginner routine for my hips",
/// from the words of the line as the analyser read them.
enum RoutineRequestReader {
    /// The request a line makes, with the focus its best reading names.
    static func request(from line: AnalyzedLine, candidate: Candidate?) -> RoutineRequest {
        let words = line.tokens.map(\.text)
        let exercise = candidate?.exerciseSource == .line ? candidate?.exercise : nil
        var request = RoutineRequest(focus: exercise?.rawValue ?? candidate?.target)
        for (level, names) in levelWords where words.contains(where: names.contains) { request.level = level }
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            guard minuteWords.contains(next) || word.hasSuffix("min") else { continue }
            let digits = word.hasSuffix("min") ? String(word.dropLast(3)) : word
            if let value = NumberWords.value(of: digits), value > 0, value <= 240 { request.minutes = value }
        }
        return request
    }

    private static let levelWords: [(RoutineLevel, Set<String>)] = [
        (.beginner, ["beginner", "beginners", "easy", "gentle", "starter"]),
        (.intermediate, ["intermediate", "medium", "moderate"]),
        (.advanced, ["advanced", "hard", "harder", "challenging", "tough"]),
    ]

    private static let minuteWords: Set<String> = ["minute", "minutes", "min", "mins"]
}

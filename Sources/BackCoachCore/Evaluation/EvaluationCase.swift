/// One labelled utterance for measuring the matcher: earlier turns for context, and the expected answer.
public struct EvaluationCase: Sendable, Hashable {

    /// The turns of the conversation; only the last is scored.
    public let turns: [String]
    /// The expected intent, or `out-of-scope`.
    public let intent: IntentID
    /// The expected exercise id, or nil when it is not checked.
    public let exercise: ExerciseID?
    /// Where the case was written: `cases.tsv:12`.
    public let origin: String

    /// Makes a case.
    public init(turns: [String], intent: IntentID, exercise: ExerciseID?, origin: String) {
        self.turns = turns
        self.intent = intent
        self.exercise = exercise
        self.origin = origin
    }

    /// Whether the case expects a red-flag answer.
    public var isRedFlag: Bool { intent.rawValue.hasPrefix("red-flag") }

    /// Reads a tab-separated cases file: `utterance<TAB>intent<TAB>exercise`, `#` comments, ` >> ` between turns.
    public static func parse(tsv text: String, file: String) throws(IntentLoadError) -> [EvaluationCase] {
        var cases: [EvaluationCase] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, !columns[0].isEmpty, !columns[1].isEmpty else {
                throw IntentLoadError(file: file, line: offset + 1, message: "expected utterance<TAB>intent[<TAB>exercise]")
            }
            let exercise = columns.count > 2 && columns[2] != "-" && !columns[2].isEmpty ? columns[2] : nil
            let turns = columns[0].components(separatedBy: " >> ")
            cases.append(EvaluationCase(turns: turns, intent: IntentID(columns[1]), exercise: exercise.map { ExerciseID($0) }, origin: "\(file):\(offset + 1)"))
        }
        return cases
    }
}

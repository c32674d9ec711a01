/// Which clauses of a line an intent must account for.
public enum WholeLine: String, Sendable, Hashable, CaseIterable {
    /// Only the clauses where it found something: "thanks, how many clam shells" is judged on its question.
    case no = "false"
    /// Every clause: dialogue acts such as "stop" or "bye" are the point of a line or nothing.
    case yes = "true"
    /// Every clause of a long post, where a closing "thanks in advance" is a sign-off, not the point.
    case inLongLines = "long-lines"

    /// Words from which a line is a long post.
    static let longLineWords = 40

    /// Whether every clause of this line counts.
    func applies(to line: AnalyzedLine) -> Bool {
        switch self {
        case .no: false
        case .yes: true
        case .inLongLines: line.tokens.count >= Self.longLineWords
        }
    }
}

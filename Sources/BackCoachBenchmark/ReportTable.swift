/// The benchmark's result as a markdown table: each figure with the floors measured in the same run on the same
/// input, and the target beside it.
struct ReportTable {
    /// One measured figure.
    struct Row {
        /// What was measured.
        let measure: String
        /// The program's figure.
        let figure: String
        /// `wc -w` on the same input.
        let wordCount: String
        /// The Swift read-lowercase-split-print loop on the same input.
        let swiftLoop: String
        /// The target, or "—".
        let target: String
    }

    /// The rows, in order.
    private(set) var rows: [Row] = []

    /// Adds a row.
    mutating func add(_ measure: String, _ figure: String, wc: String = "—", loop: String = "—", target: String = "—") {
        rows.append(Row(measure: measure, figure: figure, wordCount: wc, swiftLoop: loop, target: target))
    }

    /// The table in markdown.
    var markdown: String {
        let header = "| measure | backcoach | floor: `wc -w` | floor: Swift loop | target |\n|---|--:|--:|--:|---|\n"
        return header + rows.map { "| \($0.measure) | \($0.figure) | \($0.wordCount) | \($0.swiftLoop) | \($0.target) |" }.joined(separator: "\n") + "\n"
    }
}

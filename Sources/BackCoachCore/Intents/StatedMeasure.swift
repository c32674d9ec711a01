/// The special phrases of red-flag patterns that stand for a number a line states rather than for words: a
/// temperature (`temperature over 38`) or a weight that fell (`weight fell`).
enum StatedMeasure {
    /// Finds where a line states the measure, if it does.
    typealias Reader = @Sendable (AnalyzedLine) -> Range<Int>?

    /// The reader of a special phrase, or nil for an ordinary one.
    static func reader(for phrase: Phrase) -> Reader? {
        if let limit = StatedTemperature.limit(of: phrase) { return { StatedTemperature.range(in: $0, over: limit) } }
        if StatedWeightLoss.names(phrase) { return { StatedWeightLoss.range(in: $0) } }
        return nil
    }
}

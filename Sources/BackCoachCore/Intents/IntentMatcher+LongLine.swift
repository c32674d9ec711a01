extension IntentMatcher {
    /// Longest stretch of an over-long line searched for red flags, in characters.
    public static let redFlagSearchLimit = 200_000

    /// A red flag anywhere in a line longer than the matcher reads, searched window by overlapping window.
    public func redFlag(inLongLine raw: String) -> RedFlagDetector.Finding? {
        let text = Array(TextNormalizer.sanitized(raw, limit: Self.redFlagSearchLimit))
        let window = TextNormalizer.maximumLineLength, step = window - 200
        var start = 0
        while start < text.count {
            let piece = String(text[start..<min(text.count, start + window)])
            if let finding = redFlags.detect(analyzer.analyze(piece)) { return finding }
            start += step
        }
        return nil
    }
}

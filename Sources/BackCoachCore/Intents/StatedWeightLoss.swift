/// A weight that fell, stated as numbers, for the red-flag pattern phrase `weight fell`: "gone from twenty stone to
/// seventeen", "from 80kg down to 72".
enum StatedWeightLoss {
    /// Whether a phrase is the special phrase `weight fell`.
    static func names(_ phrase: Phrase) -> Bool {
        phrase.stems == marker
    }

    /// Where the line says a weight fell by at least a twentieth, "from" one weight "to" a lower one with a unit of
    /// weight on either, if it does.
    static func range(in line: AnalyzedLine) -> Range<Int>? {
        let words = line.tokens.map(\.text)
        for start in words.indices where words[start] == "from" && start + 1 < words.count {
            guard let before = NumberWords.value(at: start + 1, in: words) else { continue }
            var next = before.last + 1
            let firstUnit = next < words.count && units.contains(words[next])
            if firstUnit { next += 1 }
            if next < words.count, words[next] == "down" { next += 1 }
            guard next + 1 < words.count, words[next] == "to", let after = NumberWords.value(at: next + 1, in: words) else { continue }
            var end = after.last + 1
            let secondUnit = end < words.count && units.contains(words[end])
            if secondUnit { end += 1 }
            guard firstUnit || secondUnit, after.value > 0, Double(after.value) <= Double(before.value) * smallestFall else { continue }
            return start..<end
        }
        return nil
    }

    private static let marker = Phrase("weight fell").stems
    /// The most a weight may keep, as a share of what it was, and still have fallen.
    private static let smallestFall = 0.95
    private static let units: Set<String> = [
        "stone", "stones", "st", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "pounds", "pound", "lb", "lbs",
    ]
}

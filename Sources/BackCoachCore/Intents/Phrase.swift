import Foundation

/// A keyword or name of one or more words, stored as stems so it matches plurals and typos the same way.
public struct Phrase: Sendable, Hashable, CustomStringConvertible {
    /// The phrase as written in the intent file.
    public let text: String
    /// The stems of its words, in order.
    public let stems: [String]
    /// The stems of phrases in which this one means something else ("fever dream" for "fever"): an occurrence
    /// inside one of them does not count.
    public let otherSenses: [[String]]
    /// Its number in the phrase table of the compiled intent set it was read from, or -1: the same number is the
    /// same phrase, so an index seeing it again skips the work. Not part of what makes two phrases equal.
    let tableNumber: Int32

    /// Stands in `stems` where the author wrote `...`: up to `AnalyzedLine.maximumGap` words of any kind may stand
    /// there ("start ... over" matches "start this hold over").
    public static let gap = "..."

    /// Makes a phrase from text as an intent author wrote it; `...` between words marks a gap.
    public init(_ text: String, otherSenses: [Phrase] = []) {
        self.text = text
        tableNumber = -1
        self.otherSenses = otherSenses.map(\.stems)
        guard text.utf8.contains(UInt8(ascii: ".")) else {
            stems = TextNormalizer.tokens(text).map(\.stem)
            return
        }
        let parts = text.components(separatedBy: Self.gap).map { TextNormalizer.tokens($0).map(\.stem) }
        var stems = parts.first ?? []
        for part in parts.dropFirst() where !part.isEmpty && !stems.isEmpty { stems += [Self.gap] + part }
        self.stems = stems
    }

    /// The phrase as written.
    public var description: String { text }

    /// The same phrase, ruled out inside other senses: the stems of a concept's other senses, which all its forms
    /// share (one array, so comparing two forms' senses is a pointer check).
    func withOtherSenses(_ senses: [[String]]) -> Phrase {
        Phrase(text: text, stems: stems, otherSenses: senses)
    }

    /// A phrase whose stems are already known: read back from a compiled intent set, with its number there.
    init(text: String, stems: [String], otherSenses: [[String]], tableNumber: Int32 = -1) {
        self.text = text
        self.stems = stems
        self.otherSenses = otherSenses
        self.tableNumber = tableNumber
    }

    /// Phrases are equal when their text, stems and other senses are, wherever they were read from.
    public static func == (left: Phrase, right: Phrase) -> Bool {
        left.text == right.text && left.stems == right.stems && left.otherSenses == right.otherSenses
    }

    /// Hashes what makes phrases equal.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(stems)
        hasher.combine(otherSenses)
    }

    /// The concept a phrase names when written `$name`, or nil for an ordinary phrase.
    public var conceptName: String? {
        text.hasPrefix("$") ? String(text.dropFirst()).trimmingCharacters(in: .whitespaces) : nil
    }
}

/// A long answer folded after its first lines, so it fits a screen: the first lines, a note of what is left, and
/// the rest for "more".
struct AnswerFold {
    /// Lines of a nominal 80-column screen an answer may fill before the rest is folded.
    static let screenLines = 10
    /// Columns a line is counted in, leaving room for the terminal's wrapping at word boundaries.
    static let columns = 72

    /// What is shown now.
    let shown: String
    /// What "more" shows, or nil when nothing was folded.
    let rest: String?

    /// Folds an answer at a line boundary when it would fill more than `screenLines` lines.
    init(_ text: String) {
        // Split at the newline byte, not by Character: the same lines (answers hold no "\r\n"), without grapheme
        // breaking; a newline byte never falls inside a multi-byte character.
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var used = 0
        var cut = lines.count
        for (index, line) in lines.enumerated() {
            used += max(1, (line.count + Self.columns - 1) / Self.columns)
            if used > Self.screenLines - 1 {
                cut = index
                break
            }
        }
        // A bullet's continuation lines stay with it.
        while cut > 1, cut < lines.count, lines[cut].hasPrefix("  ") { cut -= 1 }
        let remaining = cut < lines.count ? lines[cut...].filter { $0.hasPrefix("- ") }.count : 0
        // A fold that would hide a single item, or show a list's heading without any of its items, saves nothing.
        let showsAnItem = remaining == 0 || lines[..<cut].contains { $0.hasPrefix("- ") }
        guard cut < lines.count, cut > 0, remaining != 1, showsAnItem else {
            shown = text
            rest = nil
            return
        }
        shown = lines[..<cut].joined(separator: "\n") + "\n" + Messages.foldedMore(remaining > 0 ? remaining : lines.count - cut, items: remaining > 0)
        rest = lines[cut...].joined(separator: "\n")
    }
}

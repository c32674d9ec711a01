/// Wraps text to a terminal width at spaces, keeping the indent of list items on continuation lines; a word
/// wider than the line (a long address) is the only thing ever cut.
enum TextWrapper {
    /// The text with every line no wider than `width`.
    static func wrap(_ text: String, width: Int) -> String {
        guard width >= 8 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            wrapLine(String(line), width: width)
        }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indentCount = min(line.prefix { $0 == " " }.count, width / 2)
        let body = line.drop { $0 == " " }
        let marker = body.hasPrefix("- ") || body.hasPrefix("• ") ? 2 : 0
        let hanging = String(repeating: " ", count: indentCount + marker)
        var lines: [String] = []
        var current = String(repeating: " ", count: indentCount)
        var isFirstWord = true
        for word in body.split(separator: " ").flatMap({ pieces(of: $0, width: width - hanging.count) }) {
            if isFirstWord, current.count + word.count <= width {
                current += word
            } else if !isFirstWord, current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                if !isFirstWord { lines.append(current) }
                current = (isFirstWord ? current : hanging) + word
            }
            isFirstWord = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// A word cut into pieces no wider than `width`; most words are one piece.
    private static func pieces(of word: Substring, width: Int) -> [Substring] {
        guard word.count > width, width > 0 else { return [word] }
        var pieces: [Substring] = []
        var rest = word[...]
        while rest.count > width {
            pieces.append(rest.prefix(width))
            rest = rest.dropFirst(width)
        }
        return pieces + [rest]
    }
}

/// Wraps text to a terminal width at spaces, keeping the indent of list items on continuation lines.
enum TextWrapper {
    /// The text with every line no wider than `width` where it can break.
    static func wrap(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            wrapLine(String(line), width: width)
        }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indentCount = line.prefix { $0 == " " }.count
        let marker = line.dropFirst(indentCount).hasPrefix("- ") || line.dropFirst(indentCount).hasPrefix("• ") ? 2 : 0
        let hanging = String(repeating: " ", count: indentCount + marker)
        var lines: [String] = []
        var current = String(repeating: " ", count: indentCount)
        var isFirstWord = true
        for word in line.dropFirst(indentCount).split(separator: " ") {
            if isFirstWord {
                current += word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = hanging + word
            }
            isFirstWord = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}

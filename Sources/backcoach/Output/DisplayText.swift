import BackCoachCore

/// The one sanitiser for text shown from files and answers: every line passes through the input sanitiser
/// (escape sequences and control characters removed), keeping its indentation and the line breaks.
enum DisplayText {
    /// `text` safe to print to a terminal, line by line.
    static func safe(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = line.prefix { $0 == " " }
            return indent + TextNormalizer.sanitized(String(line), limit: .max)
        }.joined(separator: "\n")
    }
}

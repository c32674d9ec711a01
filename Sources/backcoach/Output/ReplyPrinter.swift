import BackCoachCore
import Foundation

/// Prints replies as plain text for people or as JSON Lines for scripts.
struct ReplyPrinter {
    /// How text output looks.
    enum Style {
        /// No colour, no wrapping: for pipes.
        case plain
        /// Wrapped to a width, with colour unless NO_COLOR is set.
        case terminal(width: Int, colour: Bool)
    }

    /// One JSON object per reply.
    let json: Bool
    /// Whether to add the match explanation.
    let explain: Bool
    /// Text style.
    let style: Style

    /// The same printer for a terminal that is now `width` columns wide.
    func resized(to width: Int) -> ReplyPrinter {
        guard case .terminal(_, let colour) = style else { return self }
        return ReplyPrinter(json: json, explain: explain, style: .terminal(width: width, colour: colour))
    }

    /// Prints one reply.
    func print(_ reply: Reply) {
        Output.standard.write(json ? jsonLine(reply) : text(reply))
    }

    /// The reply as a person reads it, ending in a blank line.
    func text(_ reply: Reply) -> String {
        var blocks = [DisplayText.safe(reply.text)]
        if explain, let explanation = reply.explanation { blocks.append(explanation.text) }
        var output = blocks.filter { !$0.isEmpty }.map(render).joined(separator: "\n")
        if reply.urgent { output = paint(output, code: "1;31") }
        if let offer = reply.offer { output += "\n" + paint(render(DisplayText.safe(offer)), code: "36") }
        return output + "\n\n"
    }

    /// The reply as one line of JSON with the keys scripts rely on.
    func jsonLine(_ reply: Reply) -> String {
        let object = ReplyJSON(reply, explain: explain)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(object), let line = String(data: data, encoding: .utf8) else { return "{}\n" }
        return line + "\n"
    }

    private func render(_ text: String) -> String {
        guard case .terminal(let width, _) = style else { return text }
        return TextWrapper.wrap(text, width: width)
    }

    private func paint(_ text: String, code: String) -> String {
        guard case .terminal(_, true) = style else { return text }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }
}

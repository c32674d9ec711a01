import BackCoachCore
import Foundation

/// Prints replies as plain text for people or as JSON Lines for scripts.
struct ReplyPrinter {
    /// One JSON object per reply.
    let json: Bool
    /// Whether to add the match explanation.
    let explain: Bool
    /// Whether urgent answers and offers are coloured.
    let colour: Bool
    /// Whether text is wrapped at the terminal's width as it is when each reply is printed.
    let wraps: Bool
    /// Whether the yes/no offer is shown: not for `ask`, where nobody is left to answer it.
    var showsOffer = true

    /// Prints one reply.
    func print(_ reply: Reply) {
        Output.standard.write(json ? jsonLine(reply) : text(reply, width: wraps ? TerminalSize.width : nil))
    }

    /// The reply as a person reads it, wrapped at `width` when there is one, ending in a blank line.
    func text(_ reply: Reply, width: Int?) -> String {
        let render = { (text: String) in width.map { TextWrapper.wrap(text, width: $0) } ?? text }
        var blocks = [DisplayText.safe(reply.text)]
        if explain, let explanation = reply.explanation { blocks.append(explanation.text) }
        var output = blocks.filter { !$0.isEmpty }.map(render).joined(separator: "\n")
        if reply.urgent { output = paint(output, code: "1;31") }
        if showsOffer, let offer = reply.offer { output += "\n" + paint(render(DisplayText.safe(offer)), code: "36") }
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

    private func paint(_ text: String, code: String) -> String {
        guard colour else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "\u{1B}[\(code)m" + $0 + "\u{1B}[0m" }.joined(separator: "\n")
    }
}

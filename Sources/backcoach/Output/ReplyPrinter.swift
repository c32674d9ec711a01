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
    /// The JSON buffer, reused from one reply to the next.
    private let buffer = JSONBuffer()

    /// Prints one reply.
    func print(_ reply: Reply) {
        guard json else { return Output.standard.write(text(reply, width: wraps ? TerminalSize.width : nil)) }
        buffer.writer.removeAll()
        ReplyJSON.write(reply, explain: explain, to: &buffer.writer)
        buffer.writer.newline()
        buffer.writer.bytes.withUnsafeBytes { Output.standard.write($0) }
    }

    /// The reply as a person reads it, wrapped at `width` when there is one, ending in a blank line.
    func text(_ reply: Reply, width: Int?) -> String {
        let render = { (text: String) in width.map { TextWrapper.wrap(text, width: $0) } ?? text }
        var blocks = [DisplayText.safe(reply.text)]
        if explain, let explanation = reply.explanation { blocks.append(explanation.text) }
        var output = blocks.filter { !$0.isEmpty }.map(render).joined(separator: "\n")
        if reply.urgent { output = paint(output, code: "1;31") }
        // The triage question is both the text and the offer: it is shown once.
        if showsOffer, let offer = reply.offer, !reply.text.hasSuffix(offer) {
            output += "\n" + paint(render(DisplayText.safe(offer)), code: "36")
        }
        return output + "\n\n"
    }

    private func paint(_ text: String, code: String) -> String {
        guard colour else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "\u{1B}[\(code)m" + $0 + "\u{1B}[0m" }.joined(separator: "\n")
    }
}

/// Holds the JSON writer a printer reuses; printers are values, the buffer is shared between their copies.
private final class JSONBuffer {
    var writer = JSONWriter()
}

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

    /// Prints one reply.
    func print(_ reply: Reply) {
        Output.standard.write(json ? jsonLine(reply) : text(reply))
    }

    /// The reply as a person reads it, ending in a blank line.
    func text(_ reply: Reply) -> String {
        var blocks = [reply.text]
        if explain, let explanation = reply.explanation { blocks.append(explanation.text) }
        var output = blocks.filter { !$0.isEmpty }.map(render).joined(separator: "\n")
        if reply.urgent { output = paint(output, code: "1;31") }
        if let offer = reply.offer { output += "\n" + paint(render(offer), code: "36") }
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

/// The JSON contract of one reply.
struct ReplyJSON: Encodable {
    let input: String
    let understood: Bool
    let intent: String?
    let confidence: Double
    let exercise: String?
    let urgent: Bool
    let text: String
    let offer: String?
    let routine: RoutineSnapshot?
    let explanation: Explanation?

    init(_ reply: Reply, explain: Bool) {
        input = reply.input
        understood = reply.understood
        intent = reply.intent
        confidence = (reply.confidence * 100).rounded() / 100
        exercise = reply.exercise
        urgent = reply.urgent
        text = reply.text
        offer = reply.offer
        routine = reply.routine
        explanation = explain ? reply.explanation : nil
    }

    enum CodingKeys: String, CodingKey {
        case input, understood, intent, confidence, exercise, urgent, text, offer, routine, explanation
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encode(understood, forKey: .understood)
        try container.encode(intent, forKey: .intent)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(exercise, forKey: .exercise)
        try container.encode(urgent, forKey: .urgent)
        try container.encode(text, forKey: .text)
        try container.encode(offer, forKey: .offer)
        try container.encode(routine, forKey: .routine)
        try container.encodeIfPresent(explanation, forKey: .explanation)
    }
}

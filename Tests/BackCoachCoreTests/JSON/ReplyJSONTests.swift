import BackCoachCore
import Foundation
import Testing

/// Whole replies written by `ReplyJSON` are byte-identical to `JSONEncoder`'s encoding of the same contract, with
/// and without explanations, routines, red flags, typos, offers and unusual input.
@Suite("Reply JSON")
struct ReplyJSONTests {
    /// The reply contract as `JSONEncoder` encoded it before replies were written directly.
    private struct EncodedReply: Encodable {
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
            intent = reply.intent?.rawValue
            confidence = (reply.confidence * 100).rounded() / 100
            exercise = reply.exercise?.rawValue
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

    /// Conversations: the lines said in turn; the last line's reply is compared.
    static let conversations: [[String]] = [
        ["how many clam shells should I do?"],
        ["how long do I hold a wall sit"],
        ["which stretch helps tight hamstrings?"],
        ["how many clamshels shoud I do"],
        ["I can't control my bladder since my back started hurting"],
        ["I had a fall"],
        ["what's the weather like"],
        ["start a routine"],
        ["start a routine", "done"],
        ["start a routine", "done", "done", "pause"],
        ["start a routine", "skip", "skip", "done"],
        ["start a routine", "my back hurts"],
        ["start a routine", "stop"],
        ["how many \"clam shells\" \\ / \u{1B}[31m 🙂 cafe\u{301}?"],
        ["help"],
    ]

    @Test("Replies match JSONEncoder byte for byte", arguments: conversations, [false, true])
    func replies(_ lines: [String], explain: Bool) throws {
        let coach = Coach(intents: try EmbeddedIntents.load(), clock: VirtualClock(), pace: .instant, log: nil)
        var reply = coach.respond(to: lines[0])
        for line in lines.dropFirst() { reply = coach.respond(to: line) }
        var writer = JSONWriter()
        ReplyJSON.write(reply, explain: explain, to: &writer)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(EncodedReply(reply, explain: explain))
        #expect(writer.bytes == Array(expected), "\(String(decoding: writer.bytes, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
    }
}

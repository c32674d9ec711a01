import BackCoachCore
import Foundation

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

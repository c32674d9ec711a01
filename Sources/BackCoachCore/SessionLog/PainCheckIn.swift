import Foundation

/// One pain rating on the 0–10 numeric rating scale, as the session log keeps it.
public struct PainCheckIn: Sendable, Hashable, Codable {
    /// When the rating was given relative to a routine.
    public enum Moment: String, Sendable, Hashable, Codable {
        /// At any time, said in the chat.
        case anytime
        /// Asked just before a routine.
        case beforeRoutine = "before-routine"
        /// Asked just after a routine.
        case afterRoutine = "after-routine"
    }

    /// The highest rating on the scale.
    public static let scale = 0...10

    /// When it was given.
    public let at: Date
    /// The rating, 0 (no pain) to 10 (the worst imaginable).
    public let rating: Int
    /// When it was given relative to a routine.
    public let moment: Moment

    /// Makes a check-in; the rating is clamped to the scale.
    public init(at: Date, rating: Int, moment: Moment = .anytime) {
        self.at = at
        self.rating = min(Self.scale.upperBound, max(Self.scale.lowerBound, rating))
        self.moment = moment
    }

    /// A rating this high always brings the advice to stop and see a clinician.
    public static let highRating = 8
    /// A rise this large after a routine brings the same advice.
    public static let worryingRise = 2

    /// Whether this rating calls for the advice to stop and talk to a doctor or physiotherapist: 8 or more, or 2
    /// more than the rating given before the routine.
    public func callsForAdvice(comparedWith before: PainCheckIn?) -> Bool {
        rating >= Self.highRating || (before.map { rating - $0.rating >= Self.worryingRise } ?? false)
    }

    private enum CodingKeys: String, CodingKey {
        case kind, version, at, rating, moment
    }

    /// Reads a check-in line.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard try container.decode(String.self, forKey: .kind) == LogLine.Kind.pain.rawValue else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "not a pain check-in")
        }
        let rating = try container.decode(Int.self, forKey: .rating)
        guard Self.scale.contains(rating) else {
            throw DecodingError.dataCorruptedError(forKey: .rating, in: container, debugDescription: "rating outside 0-10")
        }
        self.init(at: try container.decode(Date.self, forKey: .at), rating: rating,
                  moment: try container.decodeIfPresent(Moment.self, forKey: .moment) ?? .anytime)
    }

    /// Writes a check-in line, with its kind and the log format's version.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(LogLine.Kind.pain.rawValue, forKey: .kind)
        try container.encode(LogLine.version, forKey: .version)
        try container.encode(at, forKey: .at)
        try container.encode(rating, forKey: .rating)
        try container.encode(moment, forKey: .moment)
    }
}

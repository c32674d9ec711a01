/// How fast a person must see a doctor, as ../shared/red-flags.md sets out.
public enum RedFlagLevel: String, Sendable, Hashable, CaseIterable {
    /// Go to an emergency department or call emergency services now.
    case emergency
    /// See a doctor today or as soon as possible.
    case urgent
    /// Touches a red flag but is too vague to tell: the coach asks a short triage question first.
    case check

    /// Whether the level sends the person to a doctor at once, rather than asking first.
    public var isUrgent: Bool { self != .check }

    /// Most urgent first: the order symptoms are looked for.
    var rank: Int {
        switch self {
        case .emergency: 0
        case .urgent: 1
        case .check: 2
        }
    }
}

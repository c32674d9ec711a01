/// How fast a person must see a doctor, as ../shared/red-flags.md sets out.
public enum RedFlagLevel: String, Sendable, Hashable, CaseIterable {
    /// Go to an emergency department or call emergency services now.
    case emergency
    /// See a doctor today or as soon as possible.
    case urgent
}

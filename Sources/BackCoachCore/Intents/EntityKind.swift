/// The kinds of entity an intent can use.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    /// One of the five exercises.
    case exercise
    /// A body part, condition or goal: hips, sciatica, cool-down.
    case target
}

/// Whether an intent needs an entity (an exercise or a target) to answer.
public enum EntityRequirement: String, Sendable, Hashable, CaseIterable {
    /// The answer needs it: from the line, from the conversation, or by asking.
    case required
    /// The answer uses it when there is one.
    case optional
    /// The intent does not look at it.
    case ignored
}

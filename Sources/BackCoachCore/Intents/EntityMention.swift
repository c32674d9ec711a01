/// An exercise or target named in a line, and where.
public struct EntityMention: Sendable, Hashable {
    /// Exercise or target.
    public let kind: EntityKind
    /// The entity's id: `clam-shell`, `hips`.
    public let id: String
    /// The token positions it covers.
    public let range: Range<Int>
    /// The vocabulary name it matched, as written in the entity file.
    public let name: String
    /// Whether the name is also an everyday word, so it counts for less.
    public let isWeak: Bool
}

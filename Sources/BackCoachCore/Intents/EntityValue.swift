/// One value of an entity vocabulary: an exercise or a target, and the names people use for it.
public struct EntityValue: Sendable, Hashable, Identifiable {
    /// Its id: `clam-shell`, `hamstrings`.
    public let id: String
    /// How the coach names it in a sentence: "tight hamstrings".
    public let label: String
    /// The names people use, longest matched first.
    public let names: [Phrase]
    /// Names that are also everyday words ("twist", "towel"): they count for less, so "twist the lid" is no question.
    public let weakNames: [Phrase]
    /// Everyday phrases that contain a name but mean something else ("clam up", "crunch the numbers").
    public let notNames: [Phrase]
}

/// One word of a normalised line, with its position and the forms the matcher compares.
public struct Token: Sendable, Hashable {
    /// The word as typed, lower-cased, without punctuation.
    public let text: String
    /// The word reduced to a stem, so plurals and simple endings compare equal.
    public let stem: String
    /// The clause the word belongs to; punctuation and words like "but" start a new clause.
    public let clause: Int
    /// The sentence the word belongs to; only sentence punctuation starts a new one.
    public var sentence: Int = 0
}

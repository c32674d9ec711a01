/// Words the matcher treats specially: fillers it ignores, negations, and follow-up markers.
public struct LanguageRules: Sendable, Hashable {
    /// Words that carry no meaning for matching ("um", "the", "please").
    public var fillers: Set<String> = []
    /// Words that may stand between the words of a keyword phrase ("what even is").
    public var skippable: Set<String> = []
    /// Words that negate what follows in their clause ("no", "don't", "without").
    public var negators: Set<String> = []
    /// Words that deny what was named just before them in the clause ("my bladder is fine").
    public var denialsAfter: [Phrase] = []
    /// Words after a negator that turn it into a symptom ("no control", "no feeling").
    public var negationReversers: Set<String> = []
    /// Phrases that mark a follow-up question ("what about", "and for").
    public var followUpMarkers: [Phrase] = []
    /// Common misspellings and the words they mean, beyond what typo tolerance catches ("excersize").
    public var spellings: [String: String] = [:]
}

/// The phrase indexes that the matcher and the red-flag detector build from an intent set, made when the set is
/// compiled and read back with it, so start-up walks no phrase into a trie.
struct ReadyPhraseIndexes: Sendable, Archivable {
    /// The matcher's index of the answered intents' phrases.
    private(set) var matcher: PhraseIndex
    /// The red-flag detector's index of symptoms and the language rules' phrases.
    private(set) var redFlags: PhraseIndex

    /// The indexes a matcher built, each numbering the phrases of a compiled set's phrase table as it does.
    init(of built: IntentMatcher, numbering table: [Phrase]) {
        matcher = built.phrases
        redFlags = built.redFlags.phrases
        matcher.number(table)
        redFlags.number(table)
    }

    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        matcher = try PhraseIndex(from: &reader)
        redFlags = try PhraseIndex(from: &reader)
    }

    func write(to writer: inout ArchiveWriter) {
        matcher.write(to: &writer)
        redFlags.write(to: &writer)
    }
}

import Synchronization

/// The words a typo may be corrected into, by length and first letter, each bucket sorted, with their letter
/// counts; built on the first typo, so a start-up whose lines have none does not pay for it.
final class WordBuckets: Sendable {
    /// Where a word sits: a correction keeps both its length (within the tolerance) and its first letter.
    struct Key: Hashable {
        let length: Int
        let first: Character
    }

    private let words: Set<String>
    private let built = Mutex<[Key: [(word: String, letters: LetterCounts)]]?>(nil)

    /// Buckets over words of at least four letters.
    init(words: Set<String>) {
        self.words = words
    }

    /// The words of one length and first letter, sorted, with their letter counts.
    func bucket(_ key: Key) -> [(word: String, letters: LetterCounts)] {
        built.withLock { buckets in
            if buckets == nil {
                buckets = Dictionary(grouping: words.filter { Self.isLetters($0, atLeast: 4) }) { Key(length: $0.count, first: $0.first!) }
                    .mapValues { $0.sorted().map { ($0, LetterCounts($0)) } }
            }
            return buckets?[key] ?? []
        }
    }

    /// Whether a word has at least `minimum` characters, all letters; ASCII words are checked byte by byte.
    private static func isLetters(_ word: String, atLeast minimum: Int) -> Bool {
        let bytes = word.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return word.count >= minimum && word.allSatisfy(\.isLetter) }
        return bytes.count >= minimum && bytes.allSatisfy { (0x61...0x7A).contains($0 | 0x20) }
    }
}

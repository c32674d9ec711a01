/// Reads a typed word as the known word it was meant to be: one or two edits away by length, a letter typed
/// twice, two letters swapped. It corrects only into words the intents use outside red-flag patterns, so an
/// ordinary word never becomes a symptom ("cancel" is not "cancer").
struct TypoCorrector: Sendable {
    /// Longest typed word worth correcting; longer ones are not words.
    private static let longestWord = 30
    /// The words a typo may be corrected into.
    private let correctable: Set<String>
    private let fillers: Set<String>
    /// The words by length and first letter, built on the first typo.
    private let buckets: WordBuckets

    /// Prepares a corrector over the words it may correct into.
    init(words: Set<String>, fillers: Set<String>) {
        correctable = words
        self.fillers = fillers
        buckets = WordBuckets(words: words)
    }

    /// Whether a word is one the corrector may correct into.
    func isKnown(_ word: String) -> Bool { correctable.contains(word) }

    /// The known word nearest a typed one, within the typo tolerance for its length and with the same first letter
    /// (typos rarely hit it, and "ladder" must not become "bladder"); among equally near words, the one sharing
    /// the longest beginning with it, then the first alphabetically.
    func correction(for word: String) -> String? {
        guard word.count <= Self.longestWord, word.allSatisfy(\.isLetter) else { return nil }
        if let single = withoutDoubledLetter(word) { return single }
        let tolerance = EditDistance.tolerance(forLength: word.count)
        guard tolerance > 0 else { return word.count >= 4 ? swappedLetters(word) : nil }
        var best: (word: String, distance: Int, prefix: Int)?
        let letters = LetterCounts(word)
        guard let first = word.first else { return nil }
        for length in (word.count - tolerance)...(word.count + tolerance) {
            for (candidate, candidateLetters) in buckets.bucket(WordBuckets.Key(length: length, first: first))
            where letters.distanceBound(to: candidateLetters) <= tolerance {
                guard let distance = EditDistance.between(word, candidate, limit: tolerance) else { continue }
                let prefix = zip(word, candidate).prefix { $0 == $1 }.count
                if let current = best, (current.distance, -current.prefix) <= (distance, -prefix) { continue }
                best = (candidate, distance, prefix)
            }
        }
        return best?.word
    }

    /// The known word a typed one spells with a letter typed more than once ("donee", "skiip", "heyyy"), if exactly
    /// one: one repeated letter dropped, or every run of a letter shortened to one.
    private func withoutDoubledLetter(_ word: String) -> String? {
        let letters = Array(word)
        var shorter = Set(letters.indices.dropFirst().filter { letters[$0] == letters[$0 - 1] }.map { position in
            var copy = letters
            copy.remove(at: position)
            return String(copy)
        })
        let runsCollapsed = String(letters.enumerated().filter { $0.offset == 0 || letters[$0.offset - 1] != $0.element }.map(\.element))
        if runsCollapsed != word { shorter.insert(runsCollapsed) }
        let matches = shorter.filter { $0.count >= 2 && (correctable.contains($0) || fillers.contains($0)) }
        return matches.count == 1 ? matches.first : nil
    }

    /// The known word a short typed one spells with two neighbouring letters swapped ("twsit", "hurst" for
    /// "hurts"), if exactly one.
    private func swappedLetters(_ word: String) -> String? {
        let letters = Array(word)
        let matches = Set(letters.indices.dropFirst().compactMap { position -> String? in
            guard letters[position] != letters[position - 1] else { return nil }
            var swapped = letters
            swapped.swapAt(position, position - 1)
            let stem = TextNormalizer.stem(String(swapped))
            return correctable.contains(stem) ? stem : nil
        })
        return matches.count == 1 ? matches.first : nil
    }
}

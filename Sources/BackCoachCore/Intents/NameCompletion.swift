/// Reads a word one typo from a word of an exercise's name as that word when the rest of the name stands around it:
/// "wall set" is the wall sit, "ball sit" too, "clam shelf" the clam shell, "declining twist" the reclining twist.
/// The typed word may be a known word, which ordinary typo correction leaves alone; it is never one only red flags
/// use, never a filler or negator, and never shorter than three letters; the rest of the name must be typed as it is.
struct NameCompletion: Sendable {
    /// Each word of an exercise name of two or more words: the names it is in, and where in them.
    private let places: [String: [(name: [String], position: Int)]]
    /// The intents' words: one known only from red-flag patterns is never replaced.
    private let vocabulary: Vocabulary
    private let untouchable: Set<String>

    /// Shortest word, typed or meant, a completion may change.
    static let shortestWord = 3

    /// Prepares the names of an intent set's exercises. Only names whose every word is used by more than one name
    /// and is no filler are completed: "walls it", written for a typo, would read "calling it a day" as a wall sit.
    init(intents: IntentSet) {
        let untouchable = intents.language.fillers.union(intents.language.negators)
        self.untouchable = untouchable
        let names = intents.exercises.flatMap(\.names).map(\.stems)
        var uses: [String: Int] = [:]
        for name in Set(names) {
            for stem in Set(name) { uses[stem, default: 0] += 1 }
        }
        var places: [String: [(name: [String], position: Int)]] = [:]
        let completable = { (stem: String) in (uses[stem] ?? 0) > 1 && stem.count >= Self.shortestWord && !untouchable.contains(stem) }
        for name in names where name.count >= 2 && !name.contains(Phrase.gap) && name.allSatisfy(completable) {
            for (position, stem) in name.enumerated() { places[stem, default: []].append((name, position)) }
        }
        self.places = places
        vocabulary = intents.vocabulary
    }

    /// The words with each completed name's typo read as the name's word, and the corrections made. Words that are
    /// already part of a whole name stay as they are, and each word changes at most once.
    func complete(_ words: [String], tokens: [Token]) -> (words: [String], corrections: [Correction]) {
        var named = Set<Int>()
        var changes: [Int: String] = [:]
        for (index, word) in words.enumerated() {
            for (name, position) in places[word] ?? [] {
                let start = index - position
                guard start >= 0, start + name.count <= words.count, tokens[start].clause == tokens[start + name.count - 1].clause else {
                    continue
                }
                let differing = name.indices.filter { words[start + $0] != name[$0] }
                if differing.isEmpty { named.formUnion(start..<start + name.count) }
                guard differing.count == 1, let other = differing.first, changes[start + other] == nil,
                      changeable(words[start + other], into: name[other]) else { continue }
                changes[start + other] = name[other]
            }
        }
        var completed = words
        var corrections: [Correction] = []
        for (position, meant) in changes.sorted(by: { $0.key < $1.key }) where !named.contains(position) {
            corrections.append(Correction(typed: tokens[position].text, understood: meant))
            completed[position] = meant
        }
        return (completed, corrections)
    }

    private func changeable(_ typed: String, into meant: String) -> Bool {
        let onlyRedFlags = vocabulary.known.contains(typed) && !vocabulary.correctable.contains(typed)
        return typed.count >= Self.shortestWord && meant.count >= Self.shortestWord && !onlyRedFlags && !untouchable.contains(typed)
            && typed.allSatisfy(\.isLetter) && EditDistance.between(typed, meant, limit: 1) != nil
    }
}

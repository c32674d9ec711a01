/// Every keyword phrase of an intent set, numbered and filed under its first word, so a line is searched only for
/// the phrases that start with one of its own words instead of for every phrase of every intent.
struct PhraseIndex: Sendable {
    /// A phrase's number and its words.
    private struct Entry: Sendable {
        let id: Int
        let stems: [String]
        let otherSenses: [[String]]
    }

    private var byFirstStem: [String: [Entry]] = [:]
    private var ids: [Key: Int] = [:]

    /// Phrases are the same when their words and their other senses are; the forms of one concept share their
    /// other senses, which `SensesList` then compares by identity instead of word by word.
    private struct Key: Hashable {
        let stems: [String]
        let otherSenses: SensesList
    }
    /// The text of each numbered phrase, as the intent file wrote it first.
    private(set) var texts: [String] = []

    /// An empty index with room for `capacity` phrases, so it is not rehashed as it grows.
    init(capacity: Int) {
        ids.reserveCapacity(capacity)
    }

    /// The number of a phrase, adding it when new; phrases with the same words share a number.
    mutating func id(for phrase: Phrase) -> Int {
        let key = Key(stems: phrase.stems, otherSenses: SensesList(phrase.otherSenses))
        if let id = ids[key] { return id }
        let id = texts.count
        ids[key] = id
        texts.append(phrase.text)
        if let first = phrase.stems.first {
            byFirstStem[first, default: []].append(Entry(id: id, stems: phrase.stems, otherSenses: phrase.otherSenses))
        }
        return id
    }

    /// Where each indexed phrase occurs in a line, by phrase number; phrases that do not occur are absent.
    func occurrences(in line: AnalyzedLine) -> PhraseHits {
        var found = PhraseHits(count: texts.count)
        for word in Set(line.words) {
            for entry in byFirstStem[word] ?? [] {
                var ranges = line.occurrences(ofStems: entry.stems)
                if !ranges.isEmpty, !entry.otherSenses.isEmpty {
                    let excluded = entry.otherSenses.flatMap { line.occurrences(ofStems: $0) }
                    ranges.removeAll { range in excluded.contains { $0.overlaps(range) } }
                }
                if !ranges.isEmpty { found[entry.id] = ranges }
            }
        }
        return found
    }
}

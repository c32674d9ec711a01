@testable import BackCoachCore
import Foundation
import Testing

/// The phrase trie finds exactly what looking each phrase up on its own finds, and the hit table behaves as a
/// dictionary however many phrases a line holds.
@Suite("Phrase index and hits")
struct PhraseIndexTests {
    /// Every keyword and red-flag phrase of the built-in intents.
    static let phrases: [Phrase] = Fixtures.intents.intents.flatMap { intent in
        intent.required.joined() + intent.optional + intent.negative + intent.statement
            + intent.symptoms.flatMap { $0.patterns.joined().joined() + $0.unless + $0.unlessInLine }
    }

    /// Lines with gaps, skippable words and repeats, and the utterances of three evaluation sets.
    static let lines: [String] = [
        "start this hold over", "start it all over again from the top", "how do I actually even do it", "how how many many reps",
        "I really just very much want to start", "no no numbness none", "what even is a wall sit wall sit",
    ] + ["holdout12.tsv", "holdout15.tsv", "holdout17.tsv"].flatMap { name -> [String] in
        let file = Fixtures.repository.appending(path: "Tests/BackCoachCoreTests/Evaluation/\(name)")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.split(separator: "\t").first ?? "") }
    }

    @Test("The trie finds each phrase where looking it up alone does, other senses removed")
    func trieAgreesWithPhraseByPhrase() {
        var index = PhraseIndex(capacity: Self.phrases.count)
        let numbered = Self.phrases.map { ($0, index.id(for: $0)) }
        let byFirstStem = Dictionary(grouping: numbered) { $0.0.stems.first ?? "" }
        let analyzer = LineAnalyzer(intents: Fixtures.intents)
        #expect(Self.lines.count > 1_500)
        for text in Self.lines {
            let line = analyzer.analyze(text)
            let found = index.occurrences(in: line)
            var expected: [Int: [Range<Int>]] = [:]
            for word in Set(line.words) {
                for (phrase, id) in byFirstStem[word] ?? [] {
                    let excluded = phrase.otherSenses.flatMap { line.occurrences(ofStems: $0) }
                    let ranges = line.occurrences(of: phrase).filter { range in !excluded.contains { $0.overlaps(range) } }
                    if !ranges.isEmpty { expected[id] = ranges }
                }
            }
            #expect(Set(found.ids) == Set(expected.keys), "\(text)")
            for (id, ranges) in expected { #expect(found[id] == ranges, "\(text): \(index.texts[id])") }
        }
    }

    @Test("A phrase gets one number however it was made: a copy, an equal phrase made apart, or other senses")
    func oneNumberPerPhrase() {
        var index = PhraseIndex(capacity: 8)
        let fever = Phrase("fever", otherSenses: [Phrase("fever dream")])
        let copy = fever
        let madeApart = Phrase("fever", otherSenses: [Phrase("fever dream")])
        let plain = Phrase("fever")
        let first = index.id(for: fever)
        #expect(index.id(for: copy) == first)
        #expect(index.id(for: madeApart) == first)
        #expect(index.id(for: plain) != first)
        #expect(index.id(for: Phrase("fevers")) == index.id(for: plain))
        #expect(index.texts.count == 2)
    }

    @Test("Hits read back as written, through growth, removal and re-adding", arguments: [1, 17, 33, 200, 5_000])
    func hitsActAsADictionary(_ count: Int) {
        var hits = PhraseHits()
        var expected: [Int: [Range<Int>]] = [:]
        for step in 0..<count {
            let id = (step * 7_919) % 100_003
            hits.append(step..<(step + 1), to: id)
            expected[id, default: []].append(step..<(step + 1))
            if step % 5 == 0 {
                hits[id] = nil
                expected[id] = nil
            }
            if step % 15 == 0 {
                hits[id] = [0..<2]
                expected[id] = [0..<2]
            }
        }
        #expect(Set(hits.ids) == Set(expected.keys))
        #expect(hits.ids.count == expected.count)
        for (id, ranges) in expected { #expect(hits[id] == ranges) }
        #expect(hits[100_004] == nil && hits[0] == expected[0])
    }
}

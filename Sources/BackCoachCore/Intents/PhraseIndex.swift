/// Every keyword phrase of an intent set, numbered and stored in a trie of stems, so one walk from each word of a
/// line finds every phrase that starts there: its cost follows the line's words, not the number of phrases.
struct PhraseIndex: Sendable {
    /// The trie: the root is node 0; its edges, from a node by a stem to the next node, in one table, so building
    /// the trie allocates no table per node; each node's next node after a `...` gap (-1 for none), the first and
    /// last phrases that end at it (-1 for none), and whether any edge leaves it. The phrases ending at one node are
    /// chained through `nextEnding` in the order they were added, so no node holds an array of its own.
    private var edges: EdgeTable
    private var gapAfter: [Int32] = [-1]
    private var firstEnding: [Int32] = [-1]
    private var lastEnding: [Int32] = [-1]
    private var branches: [Bool] = [false]
    /// Each phrase's next phrase ending at the same node, or -1.
    private var nextEnding: [Int32] = []
    /// Each phrase's other senses, which cancel an occurrence they overlap.
    private var otherSenses: [[[String]]] = []
    /// The number given to each phrase of a compiled intent set's phrase table (-1 for none yet): the same phrase
    /// named by many intents is walked into the trie once.
    private var numberOfTableEntry: [Int32] = []

    /// The text of each numbered phrase, as the intent file wrote it first.
    private(set) var texts: [String] = []

    /// An empty index with room for `capacity` phrases, so it is not rehashed as it grows.
    init(capacity: Int) {
        edges = EdgeTable(capacity: capacity * 2)
        for nodes in [\Self.gapAfter, \Self.firstEnding, \Self.lastEnding] { self[keyPath: nodes].reserveCapacity(capacity * 2) }
        branches.reserveCapacity(capacity * 2)
        nextEnding.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
        otherSenses.reserveCapacity(capacity)
    }

    /// The number of a phrase, adding it when new. Phrases are the same when their words (their node in the
    /// trie) and their other senses are; the forms of one concept share their other senses, which `SensesList`
    /// compares by identity instead of word by word.
    mutating func id(for phrase: Phrase) -> Int {
        let entry = Int(phrase.tableNumber)
        if entry >= 0, entry < numberOfTableEntry.count, numberOfTableEntry[entry] >= 0 { return Int(numberOfTableEntry[entry]) }
        let id = walkedID(for: phrase)
        if entry >= 0 {
            if entry >= numberOfTableEntry.count { numberOfTableEntry += repeatElement(-1, count: entry + 1 - numberOfTableEntry.count) }
            numberOfTableEntry[entry] = Int32(id)
        }
        return id
    }

    /// Numbers the phrases of a compiled set's phrase table as this index numbers them (-1 for those it does not
    /// hold), so an index read back with the set finds each of them without walking the trie.
    mutating func number(_ table: [Phrase]) {
        numberOfTableEntry = table.map { Int32(heldID(for: $0) ?? -1) }
    }

    /// The number of a phrase already in the index: found by walking the trie without adding to it.
    private func heldID(for phrase: Phrase) -> Int? {
        var node = 0
        for stem in phrase.stems {
            let next = stem == Phrase.gap ? gapAfter[node] : edges.target(from: Int32(node), by: stem) ?? -1
            guard next >= 0 else { return nil }
            node = Int(next)
        }
        let senses = SensesList(phrase.otherSenses)
        return endings(at: node).first { SensesList(otherSenses[$0]) == senses }
    }

    private mutating func walkedID(for phrase: Phrase) -> Int {
        var node = 0
        for stem in phrase.stems { node = stem == Phrase.gap ? gapNode(after: node) : child(of: node, stem) }
        let senses = SensesList(phrase.otherSenses)
        if let same = endings(at: node).first(where: { SensesList(otherSenses[$0]) == senses }) { return same }
        let id = texts.count
        texts.append(phrase.text)
        otherSenses.append(phrase.otherSenses)
        nextEnding.append(-1)
        if lastEnding[node] >= 0 { nextEnding[Int(lastEnding[node])] = Int32(id) } else { firstEnding[node] = Int32(id) }
        lastEnding[node] = Int32(id)
        return id
    }

    /// The phrases that end at `node`.
    private func endings(at node: Int) -> UnfoldSequence<Int, Int32> {
        sequence(state: firstEnding[node]) { next in
            guard next >= 0 else { return nil }
            defer { next = nextEnding[Int(next)] }
            return Int(next)
        }
    }

    private mutating func child(of node: Int, _ stem: String) -> Int {
        if let next = edges.target(from: Int32(node), by: stem) { return Int(next) }
        let next = newNode()
        edges.insert(from: Int32(node), by: stem, to: Int32(next))
        branches[node] = true
        return next
    }

    private mutating func gapNode(after node: Int) -> Int {
        if gapAfter[node] >= 0 { return Int(gapAfter[node]) }
        let next = newNode()
        gapAfter[node] = Int32(next)
        return next
    }

    private mutating func newNode() -> Int {
        gapAfter.append(-1)
        firstEnding.append(-1)
        lastEnding.append(-1)
        branches.append(false)
        return gapAfter.count - 1
    }

    /// Where each indexed phrase occurs in a line, by phrase number; phrases that do not occur are absent. Each
    /// phrase is found where `AnalyzedLine.occurrences(of:)` finds it: its next word is the first one it can be,
    /// past at most two skippable words in all, and past up to two words of any kind at a `...` gap.
    func occurrences(in line: AnalyzedLine) -> PhraseHits {
        var found = PhraseHits()
        for start in line.words.indices {
            guard let first = edges.target(from: 0, by: line.words[start]) else { continue }
            walk(Int(first), at: start + 1, from: start, skipped: 0, free: 0, line: line, into: &found)
        }
        let firstWords = FirstWords(line.words)
        for id in found.ids where !otherSenses[id].isEmpty {
            guard let ranges = found[id] else { continue }
            let excluded = otherSenses[id].filter { firstWords.mayHave($0.first) }.flatMap { line.occurrences(ofStems: $0) }
            found[id] = ranges.filter { range in !excluded.contains { $0.overlaps(range) } }
        }
        return found
    }

    /// Records the phrases ending at `node`, then follows each next word the line offers from `position`: the
    /// first occurrence of each, past `free` words of any kind and then skippable ones, `skipped` of them so far.
    private func walk(
        _ node: Int, at position: Int, from start: Int, skipped: Int, free: Int, line: AnalyzedLine, into found: inout PhraseHits
    ) {
        for id in endings(at: node) { found.append(start..<position, to: id) }
        if branches[node] {
            var next = position, skippedSoFar = skipped, freeLeft = free
            while next < line.words.count {
                let word = line.words[next]
                // Only a word's first occurrence past `position` is the one a phrase takes.
                if !line.words[position..<next].contains(word), let child = edges.target(from: Int32(node), by: word) {
                    walk(Int(child), at: next + 1, from: start, skipped: skippedSoFar, free: 0, line: line, into: &found)
                }
                if freeLeft > 0 {
                    freeLeft -= 1
                } else if skippedSoFar < AnalyzedLine.maximumSkippedFillers, line.isSkippable[next] {
                    skippedSoFar += 1
                } else {
                    break
                }
                next += 1
            }
        }
        if gapAfter[node] >= 0 {
            walk(Int(gapAfter[node]), at: position, from: start, skipped: skipped, free: AnalyzedLine.maximumGap, line: line, into: &found)
        }
    }

    /// The lengths and first bytes of a line's words, as bits: a phrase whose first word's bit is clear cannot occur
    /// in the line, so it is not looked up (one string look-up saved for nearly every other sense).
    private struct FirstWords {
        private var bits: UInt64 = 0

        init(_ words: [String]) {
            for word in words { bits |= Self.bit(word) }
        }

        /// Whether a word may be one of the line's; false means it is not.
        func mayHave(_ word: String?) -> Bool {
            word.map { bits & Self.bit($0) != 0 } ?? true
        }

        private static func bit(_ word: String) -> UInt64 {
            let utf8 = word.utf8
            return 1 << UInt64((utf8.count &* 7 &+ Int(utf8.first ?? 0)) & 63)
        }
    }
}

extension PhraseIndex: Archivable {
    /// Reads an index that a compiled set holds ready-made, refusing one whose numbers point outside it or back
    /// at an earlier node or phrase (which could make a walk loop).
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        gapAfter = try reader.readSmallNumbers()
        firstEnding = try reader.readSmallNumbers()
        lastEnding = try reader.readSmallNumbers()
        nextEnding = try reader.readSmallNumbers()
        numberOfTableEntry = try reader.readSmallNumbers()
        texts = try [String](from: &reader)
        let phraseCount = texts.count
        otherSenses = []
        otherSenses.reserveCapacity(phraseCount)
        for _ in 0..<phraseCount { otherSenses.append(try reader.readSenses()) }
        let nodeCount = gapAfter.count
        edges = try EdgeTable(from: &reader, nodeCount: nodeCount)
        branches = edges.sources(nodeCount: nodeCount)
        let phrase = Int32(-1)..<Int32(phraseCount)
        guard nodeCount > 0, firstEnding.count == nodeCount, lastEnding.count == nodeCount, nextEnding.count == phraseCount,
              gapAfter.indices.allSatisfy({ gapAfter[$0] == -1 || (Int32($0) + 1..<Int32(nodeCount)).contains(gapAfter[$0]) }),
              nextEnding.indices.allSatisfy({ nextEnding[$0] == -1 || (Int32($0) + 1..<Int32(phraseCount)).contains(nextEnding[$0]) }),
              firstEnding.allSatisfy(phrase.contains), lastEnding.allSatisfy(phrase.contains),
              numberOfTableEntry.allSatisfy(phrase.contains)
        else { throw ArchiveReader.damaged("a ready-made phrase index points outside itself") }
    }

    func write(to writer: inout ArchiveWriter) {
        writer.writeSmallNumbers(gapAfter)
        writer.writeSmallNumbers(firstEnding)
        writer.writeSmallNumbers(lastEnding)
        writer.writeSmallNumbers(nextEnding)
        writer.writeSmallNumbers(numberOfTableEntry)
        texts.write(to: &writer)
        for senses in otherSenses { writer.writeSenses(senses) }
        edges.write(to: &writer)
    }
}

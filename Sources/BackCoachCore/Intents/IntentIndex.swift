/// Which intents (or red-flag patterns) a line can match, from the phrases it holds: each phrase points to the
/// intents whose required groups or statement words use it, so the cost of a line follows its own words, not the
/// number of intents.
struct IntentIndex: Sendable {
    /// For each phrase number, its entries' range in `requiredEntries`: the intents (by position) and the bit of the
    /// required group it satisfies; one flat table, so building the index allocates no list per phrase.
    private var requiredStart: [Int32] = []
    private var requiredEntries: [(intent: Int32, bit: UInt64)] = []
    /// For each phrase number, its range in `statementEntries`: the intents whose statement words include it.
    private var statementStart: [Int32] = []
    private var statementEntries: [Int32] = []
    /// Every required group's bit set, per intent.
    private var complete: [UInt64] = []
    /// Intents with more required groups than a mask holds: always scored.
    private var unindexed: [Int] = []

    /// Indexes intents given as their required groups and statement words, in phrase numbers below `phraseCount`.
    init(phraseCount: Int, intents: [(required: [[Int]], statement: [Int])]) {
        let indexed = intents.map { $0.required.count <= UInt64.bitWidth }
        for (position, intent) in intents.enumerated() {
            guard indexed[position] else {
                unindexed.append(position)
                complete.append(0)
                continue
            }
            complete.append(intent.required.count == UInt64.bitWidth ? .max : (1 << UInt64(intent.required.count)) - 1)
        }
        // Each phrase counts once per list it is in: the list it was last seen in, by number, instead of a set per list.
        var seenIn = [Int](repeating: -1, count: phraseCount)
        var list = 0
        /// Calls `visit` with each list's distinct phrases: every required group, then the statement words, intent by intent.
        func eachDistinct(_ visit: (_ id: Int, _ intent: Int, _ group: Int?) -> Void) {
            for (position, intent) in intents.enumerated() where indexed[position] {
                for (group, ids) in intent.required.enumerated() {
                    list += 1
                    for id in ids where seenIn[id] != list {
                        seenIn[id] = list
                        visit(id, position, group)
                    }
                }
                list += 1
                for id in intent.statement where seenIn[id] != list {
                    seenIn[id] = list
                    visit(id, position, nil)
                }
            }
        }
        var requiredCount = [Int32](repeating: 0, count: phraseCount + 1)
        var statementCount = [Int32](repeating: 0, count: phraseCount + 1)
        eachDistinct { id, _, group in
            if group == nil { statementCount[id + 1] += 1 } else { requiredCount[id + 1] += 1 }
        }
        for id in 0..<phraseCount {
            requiredCount[id + 1] += requiredCount[id]
            statementCount[id + 1] += statementCount[id]
        }
        requiredStart = requiredCount
        statementStart = statementCount
        requiredEntries = Array(repeating: (0, 0), count: Int(requiredCount[phraseCount]))
        statementEntries = Array(repeating: 0, count: Int(statementCount[phraseCount]))
        var requiredNext = requiredCount, statementNext = statementCount
        eachDistinct { id, intent, group in
            if let group {
                requiredEntries[Int(requiredNext[id])] = (Int32(intent), 1 << UInt64(group))
                requiredNext[id] += 1
            } else {
                statementEntries[Int(statementNext[id])] = Int32(intent)
                statementNext[id] += 1
            }
        }
    }

    /// The intents, in order, that have a hit in every required group or a statement word hit: the only ones a
    /// line can match.
    func candidates(_ found: PhraseHits) -> [Int] {
        var groups: [Int: UInt64] = [:]
        var stated = Set<Int>()
        for id in found.ids {
            for entry in requiredEntries[Int(requiredStart[id])..<Int(requiredStart[id + 1])] { groups[Int(entry.intent), default: 0] |= entry.bit }
            for intent in statementEntries[Int(statementStart[id])..<Int(statementStart[id + 1])] { stated.insert(Int(intent)) }
        }
        var result = unindexed
        for (intent, bits) in groups where bits == complete[intent] { result.append(intent) }
        result += stated.filter { groups[$0] != complete[$0] }
        return result.sorted()
    }
}

/// Which intents (or red-flag patterns) a line can match, from the phrases it holds: each phrase points to the
/// intents whose required groups or statement words use it, so the cost of a line follows its own words, not the
/// number of intents.
struct IntentIndex: Sendable {
    /// For each phrase number, the intents (by position) and the bit of the required group it satisfies.
    private var required: [[(intent: Int, bit: UInt64)]] = []
    /// For each phrase number, the intents whose statement words include it.
    private var statement: [[Int]] = []
    /// Every required group's bit set, per intent.
    private var complete: [UInt64] = []
    /// Intents with more required groups than a mask holds: always scored.
    private var unindexed: [Int] = []

    /// Indexes intents given as their required groups and statement words, in phrase numbers below `phraseCount`.
    init(phraseCount: Int, intents: [(required: [[Int]], statement: [Int])]) {
        required = Array(repeating: [], count: phraseCount)
        statement = Array(repeating: [], count: phraseCount)
        for (position, intent) in intents.enumerated() {
            guard intent.required.count <= UInt64.bitWidth else {
                unindexed.append(position)
                complete.append(0)
                continue
            }
            complete.append(intent.required.count == UInt64.bitWidth ? .max : (1 << UInt64(intent.required.count)) - 1)
            for (group, ids) in intent.required.enumerated() {
                for id in Set(ids) { required[id].append((position, 1 << UInt64(group))) }
            }
            for id in Set(intent.statement) { statement[id].append(position) }
        }
    }

    /// The intents, in order, that have a hit in every required group or a statement word hit: the only ones a
    /// line can match.
    func candidates(_ found: PhraseHits) -> [Int] {
        var groups: [Int: UInt64] = [:]
        var stated = Set<Int>()
        for id in found.ids {
            for (intent, bit) in required[id] { groups[intent, default: 0] |= bit }
            stated.formUnion(statement[id])
        }
        var result = unindexed
        for (intent, bits) in groups where bits == complete[intent] { result.append(intent) }
        result += stated.filter { groups[$0] != complete[$0] }
        return result.sorted()
    }
}

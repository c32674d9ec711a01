/// Where the phrases of a `PhraseIndex` occur in one line, looked up by phrase number: a small open-addressing
/// table sized to the line's hits, not to the index, so a line costs the same however many phrases the intents have.
struct PhraseHits {
    /// Phrase numbers by slot; -1 for an empty slot. The table is a power of two, at most half full.
    private var keys: [Int32]
    /// For each used slot, the position of its ranges in `lists`.
    private var slots: [Int32]
    private var lists: [[Range<Int>]] = []
    /// Keys placed in the table, including those whose ranges were removed.
    private var placed = 0
    /// The phrase numbers that occur, in the order they were found.
    private(set) var ids: [Int] = []
    /// One bit per phrase number modulo `filterBits`, set for every number placed: a clear bit says a phrase does not
    /// occur without probing the table, which is most of the look-ups when a long list of phrases is asked about.
    private var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)

    private static let filterBits = 4096

    /// No occurrences yet.
    init() {
        keys = Array(repeating: -1, count: Self.initialCapacity)
        slots = Array(repeating: 0, count: Self.initialCapacity)
    }

    private static let initialCapacity = 32

    /// The ranges where phrase `id` occurs; nil when it does not (never an empty list).
    subscript(id: Int) -> [Range<Int>]? {
        get {
            guard mayHold(id) else { return nil }
            let slot = slot(of: id)
            guard keys[slot] >= 0 else { return nil }
            let list = lists[Int(slots[slot])]
            return list.isEmpty ? nil : list
        }
        set {
            let slot = slot(of: id)
            let ranges = newValue ?? []
            if keys[slot] >= 0 {
                let wasEmpty = lists[Int(slots[slot])].isEmpty
                lists[Int(slots[slot])] = ranges
                if wasEmpty, !ranges.isEmpty { ids.append(id) }
                if !wasEmpty, ranges.isEmpty { ids.removeAll { $0 == id } }
            } else if !ranges.isEmpty {
                insert(id, ranges, at: slot)
            }
        }
    }

    /// Every range where one of `ids` occurs, phrase by phrase in the order of `ids`.
    func ranges(of ids: some Sequence<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for id in ids {
            if let list = self[id] { result.append(contentsOf: list) }
        }
        return result
    }

    /// Drops every range that lies within one of `spans`.
    mutating func remove(within spans: [Range<Int>]) {
        for id in ids {
            guard let ranges = self[id] else { continue }
            let kept = ranges.filter { range in !spans.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound } }
            if kept.count != ranges.count { self[id] = kept }
        }
    }

    /// Adds one more range where phrase `id` occurs.
    mutating func append(_ range: Range<Int>, to id: Int) {
        let slot = slot(of: id)
        if keys[slot] >= 0 {
            if lists[Int(slots[slot])].isEmpty { ids.append(id) }
            lists[Int(slots[slot])].append(range)
        } else {
            insert(id, [range], at: slot)
        }
    }

    /// Whether phrase `id` may have been placed; false means it has not.
    private func mayHold(_ id: Int) -> Bool {
        let bit = id & (Self.filterBits - 1)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private mutating func insert(_ id: Int, _ ranges: [Range<Int>], at slot: Int) {
        let bit = id & (Self.filterBits - 1)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        keys[slot] = Int32(id)
        slots[slot] = Int32(lists.count)
        lists.append(ranges)
        ids.append(id)
        placed += 1
        if placed * 2 > keys.count { grow() }
    }

    /// The slot holding `id`, or the empty slot where it would go.
    private func slot(of id: Int) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: id) &* 2_654_435_761) & mask
        while keys[slot] >= 0, keys[slot] != Int32(id) { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let old = zip(keys, slots).filter { $0.0 >= 0 }
        keys = Array(repeating: -1, count: keys.count * 2)
        slots = Array(repeating: 0, count: keys.count)
        for (key, list) in old {
            let slot = slot(of: Int(key))
            keys[slot] = key
            slots[slot] = list
        }
    }
}

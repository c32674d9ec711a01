/// Where the phrases of a `PhraseIndex` occur in one line, looked up by phrase number without hashing: a slot per
/// phrase of the index, pointing into the few range lists the line filled.
struct PhraseHits {
    private var slots: [Int32]
    private var lists: [[Range<Int>]] = []
    /// The phrase numbers that occur, in the order they were found.
    private(set) var ids: [Int] = []

    /// No occurrences yet, for an index of `count` phrases.
    init(count: Int) {
        slots = Array(repeating: -1, count: count)
    }

    /// The ranges where phrase `id` occurs; nil when it does not (never an empty list).
    subscript(id: Int) -> [Range<Int>]? {
        get {
            let slot = slots[id]
            return slot < 0 ? nil : lists[Int(slot)]
        }
        set {
            guard let newValue, !newValue.isEmpty else {
                if slots[id] >= 0 { ids.removeAll { $0 == id } }
                slots[id] = -1
                return
            }
            if slots[id] < 0 {
                slots[id] = Int32(lists.count)
                lists.append(newValue)
                ids.append(id)
            } else {
                lists[Int(slots[id])] = newValue
            }
        }
    }
}

/// The edges of a trie of stems in one open-addressing table keyed by (node, stem) and hashed with FNV-1a over the
/// stem's UTF-8 bytes: for the short words of a line that costs a fraction of `Hasher`, and finds the same edges.
struct EdgeTable: Sendable {
    /// Each slot's node (-1 when empty), stem and the node the edge leads to.
    private var nodes: [Int32]
    private var stems: [String]
    private var targets: [Int32]
    private var count = 0

    /// An empty table with room for `capacity` edges before it grows.
    init(capacity: Int) {
        let size = Self.size(for: capacity)
        nodes = Array(repeating: -1, count: size)
        stems = Array(repeating: "", count: size)
        targets = Array(repeating: 0, count: size)
    }

    /// The node the edge from `node` by `stem` leads to, if there is one.
    func target(from node: Int32, by stem: String) -> Int32? {
        let mask = nodes.count - 1
        var slot = Self.hash(node, stem) & mask
        while nodes[slot] >= 0 {
            if nodes[slot] == node, stems[slot] == stem { return targets[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds an edge that is not in the table yet.
    mutating func insert(from node: Int32, by stem: String, to target: Int32) {
        if (count + 1) * 2 > nodes.count { grow() }
        let mask = nodes.count - 1
        var slot = Self.hash(node, stem) & mask
        while nodes[slot] >= 0 { slot = (slot + 1) & mask }
        nodes[slot] = node
        stems[slot] = stem
        targets[slot] = target
        count += 1
    }

    private mutating func grow() {
        var larger = EdgeTable(capacity: nodes.count)
        for slot in nodes.indices where nodes[slot] >= 0 { larger.insert(from: nodes[slot], by: stems[slot], to: targets[slot]) }
        self = larger
    }

    /// A power of two at least twice `capacity`, so the table stays at most half full.
    private static func size(for capacity: Int) -> Int {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        return size
    }

    private static func hash(_ node: Int32, _ stem: String) -> Int {
        var text = stem
        let hash = text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(UInt32(bitPattern: node))
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}

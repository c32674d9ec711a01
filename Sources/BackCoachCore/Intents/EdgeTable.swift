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
    /// The largest table a compiled set may hold: far past any real set, small enough to refuse a damaged size.
    private static let largestSize: UInt = 1 << 26

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

extension EdgeTable {
    /// Reads a table that `write(to:)` wrote: its size, then its filled slots as lists of slot gaps, nodes, stems
    /// and targets. Every edge must lead from a node to a later one below `nodeCount`, and the table must keep an
    /// empty slot.
    init(from reader: inout ArchiveReader, nodeCount: Int) throws(IntentLoadError) {
        let size = try reader.readNumber()
        let gaps = try reader.readSmallNumbers(), edgeSources = try reader.readSmallNumbers()
        let edgeTargets = try reader.readSmallNumbers(), edgeStems = try [String](from: &reader)
        let filled = gaps.count
        guard size >= 16, size <= Self.largestSize, size & (size - 1) == 0, filled * 2 <= size,
              edgeSources.count == filled, edgeTargets.count == filled, edgeStems.count == filled else {
            throw ArchiveReader.damaged("a trie's table has a bad size")
        }
        self.init(capacity: Int(size) / 2)
        let nodesRead = Int32(0)..<Int32(nodeCount)
        var slot = -1
        for edge in 0..<filled {
            slot += Int(gaps[edge])
            let node = edgeSources[edge], target = edgeTargets[edge]
            guard gaps[edge] > 0, slot < size, nodesRead.contains(node), node < target, target < nodeCount else {
                throw ArchiveReader.damaged("a trie's edge is out of place")
            }
            nodes[slot] = node
            stems[slot] = edgeStems[edge]
            targets[slot] = target
        }
        count = filled
    }

    /// Writes the table at the smallest size that holds its edges, slot for slot, so reading it back hashes nothing.
    /// The edges go in by the node they lead to (each node has one edge into it), so the same trie is written the
    /// same way whatever table it was read from.
    func write(to writer: inout ArchiveWriter) {
        var compact = EdgeTable(capacity: count)
        for slot in nodes.indices.filter({ nodes[$0] >= 0 }).sorted(by: { targets[$0] < targets[$1] }) {
            compact.insert(from: nodes[slot], by: stems[slot], to: targets[slot])
        }
        let filled = compact.nodes.indices.filter { compact.nodes[$0] >= 0 }
        writer.writeNumber(UInt(compact.nodes.count))
        writer.writeSmallNumbers(zip(filled, [-1] + filled).map { Int32($0 - $1) })
        writer.writeSmallNumbers(filled.map { compact.nodes[$0] })
        writer.writeSmallNumbers(filled.map { compact.targets[$0] })
        filled.map { compact.stems[$0] }.write(to: &writer)
    }

    /// Whether any edge leaves each of the first `nodeCount` nodes.
    func sources(nodeCount: Int) -> [Bool] {
        var leaves = [Bool](repeating: false, count: nodeCount)
        for node in nodes where node >= 0 { leaves[Int(node)] = true }
        return leaves
    }
}

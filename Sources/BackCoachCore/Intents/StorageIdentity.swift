/// Where a non-empty array keeps its elements: the same for every copy of one array, so the phrases a compiled set
/// or a concept shares are recognised by a pointer's hash instead of their words' (only a speed-up: two arrays of
/// equal words kept apart still compare equal by value).
struct StorageIdentity: Hashable, Sendable {
    private let address: UInt

    /// The identity of an array's storage, or nil for an empty array, which has none of its own.
    init?<Element>(_ array: [Element]) {
        guard !array.isEmpty, let address = array.withUnsafeBufferPointer({ $0.baseAddress }) else { return nil }
        self.address = UInt(bitPattern: address)
    }
}

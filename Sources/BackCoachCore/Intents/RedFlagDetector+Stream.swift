extension RedFlagDetector {
    /// Searches a line of any length for red flags while it streams in: overlapping windows of at most
    /// `window` bytes, each searched once, so the time is linear in the line's length and memory is bounded.
    public struct Stream {
        /// Bytes in one window: no more than the longest line the matcher reads.
        public static let window = TextNormalizer.maximumLineLength
        /// Bytes shared by neighbouring windows, so a symptom's words are never split between two of them.
        public static let overlap = 400
        private let matcher: IntentMatcher
        private var pending: [UInt8] = []
        private var searchedUpTo = 0
        /// The first window in which a red flag was found: a line the coach answers as that red flag.
        public private(set) var redFlagWindow: String?

        /// A search that uses the matcher's red-flag detector.
        public init(matcher: IntentMatcher) {
            self.matcher = matcher
        }

        /// Adds the next bytes of the line (any UTF-8, split anywhere).
        public mutating func feed(_ bytes: some Sequence<UInt8>) {
            for byte in bytes where redFlagWindow == nil {
                pending.append(byte)
                if pending.count == Self.window {
                    search(pending[...])
                    pending.removeFirst(Self.window - Self.overlap)
                    searchedUpTo = Self.overlap
                }
            }
        }

        /// Searches what is left at the end of the line.
        public mutating func finish() {
            if redFlagWindow == nil, pending.count > searchedUpTo { search(pending[...]) }
            pending.removeAll()
            searchedUpTo = 0
        }

        private mutating func search(_ bytes: ArraySlice<UInt8>) {
            let text = String(decoding: bytes, as: UTF8.self)
            if matcher.redFlag(inLongLine: text) != nil { redFlagWindow = text }
        }
    }
}

import Foundation

/// Counts how often lines are tokenised while it is set as `TextNormalizer.tokenCounter`: the proof that a
/// conversation reads each line once.
public final class TokenCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var calls = 0

    /// Makes a counter at zero.
    public init() {}

    /// How many lines were tokenised.
    public var count: Int { lock.withLock { calls } }

    func increment() { lock.withLock { calls += 1 } }
}

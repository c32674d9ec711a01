/// Small layout helpers for the coach's plain-text output.
extension String {
    /// The string without trailing newlines.
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }

    /// The string padded with spaces on the right to a width.
    func padding(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
    /// The string padded with spaces on the left to a width.
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}

/// Why an intent folder could not be loaded, pointing at the file and line to fix.
public struct IntentLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the intent folder when it was loaded from one.
    public let file: String
    /// The 1-based line, when the problem has one.
    public let line: Int?
    /// What is wrong, in plain words.
    public let message: String

    /// Makes an error for a file and line.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form editors and compilers use.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

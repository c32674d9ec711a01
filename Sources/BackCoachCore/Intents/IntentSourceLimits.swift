/// Refuses intent files that would make loading slow or huge: files over a size limit, and YAML alias
/// amplification ("billion laughs"), before the YAML parser sees them.
public enum IntentSourceLimits {
    /// Largest intent file accepted, in bytes (the built-in files are under 10 KB).
    public static let maximumFileBytes = 1_000_000
    /// Most YAML alias references (`*name`) accepted in one file; the built-in files use none.
    public static let maximumAliases = 64

    /// Throws when `text` is over the size limit or uses more aliases than allowed.
    public static func check(path: String, text: String) throws(IntentLoadError) {
        if text.utf8.count > maximumFileBytes {
            throw IntentLoadError(file: path, line: nil, message: "the file is \(text.utf8.count) bytes; intent files may have at most \(maximumFileBytes)")
        }
        if let (count, line) = aliasUse(text), count > maximumAliases {
            throw IntentLoadError(file: path, line: line, message: "the file uses \(count) YAML aliases (*name); at most \(maximumAliases) are allowed, because each alias can multiply the file's size when it is read")
        }
    }

    /// The number of alias references outside comments and quoted strings, and the line of the one past the limit.
    private static func aliasUse(_ text: String) -> (count: Int, line: Int)? {
        var count = 0, line = 1, lineOfExcess = 1
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            defer { previous = byte }
            if byte == 0x0A {
                line += 1
                inComment = false
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == open, previous != UInt8(ascii: "\\") || open == UInt8(ascii: "'") { quote = nil }
                continue
            }
            let atTokenStart = [0x0A, 0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(previous)
            switch byte {
            case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09 || previous == 0x0A:
                inComment = true
            case UInt8(ascii: "'"), UInt8(ascii: "\"") where atTokenStart:
                quote = byte
            case UInt8(ascii: "*") where atTokenStart:
                count += 1
                if count == maximumAliases + 1 { lineOfExcess = line }
            default:
                break
            }
        }
        return count == 0 ? nil : (count, lineOfExcess)
    }
}

import Foundation

/// Shows long text through `$PAGER` (default `less`, with `LESS=FRX` unless `LESS` is set) when standard output is
/// a terminal and the text is taller than it; otherwise, or when the pager cannot start, writes it directly.
enum Pager {
    /// Writes `text`, through the pager when it helps.
    static func show(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1, text.split(separator: "\n").count >= rows() else {
            return Output.standard.write(text)
        }
        let command = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less"
        var pagerEnvironment = environment
        if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = pagerEnvironment
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            return Output.standard.write(text)
        }
        input.fileHandleForWriting.writeabilityHandler = nil
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Rows of the terminal, 24 when unknown.
    private static func rows() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return 24 }
        return Int(size.ws_row)
    }
}

import Foundation

/// The terminal's size, read afresh each time it is asked for, so output follows a resized window.
enum TerminalSize {
    /// Columns of the terminal on `descriptor` (standard output by default), or nil when it is not a terminal.
    static func columns(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Columns of the terminal on standard output, 80 when unknown.
    static var width: Int { columns() ?? 80 }
}

/// What the session log holds: routines, pain check-ins, and how many lines could not be read.
public struct LogContents: Sendable, Hashable {
    /// The routines, oldest first.
    public var records: [SessionRecord] = []
    /// The pain ratings, oldest first.
    public var checkIns: [PainCheckIn] = []
    /// Lines that could not be read.
    public var unreadable = 0

    /// Makes contents.
    public init(records: [SessionRecord] = [], checkIns: [PainCheckIn] = [], unreadable: Int = 0) {
        self.records = records
        self.checkIns = checkIns
        self.unreadable = unreadable
    }
}

import Foundation

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

    /// Reads the lines of a log file tolerantly: blank lines skipped, lines this build cannot read counted.
    init(parsing bytes: [UInt8]) {
        let decoder = Self.decoder()
        for line in bytes.split(separator: 0x0A) { add(line, with: decoder) }
    }

    /// Adds one line as reading the file would: a routine (its text fields passed through the display
    /// sanitiser) or a pain check-in; a blank line is skipped, an unreadable one counted.
    mutating func add(_ line: ArraySlice<UInt8>, with decoder: JSONDecoder) {
        guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { return }
        switch LogLine.decode(Data(line), with: decoder) {
        case .session(let record): records.append(Self.displaySafe(record))
        case .pain(let checkIn): checkIns.append(checkIn)
        case nil: unreadable += 1
        }
    }

    /// The decoder for log lines.
    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// The record with escape sequences and control characters removed from every text a file could carry.
    private static func displaySafe(_ record: SessionRecord) -> SessionRecord {
        let clean = { (text: String) in TextNormalizer.sanitized(text) }
        return SessionRecord(
            started: record.started, ended: record.ended, seconds: record.seconds, level: record.level,
            focus: record.focus.map(clean), outcome: record.outcome,
            exercises: record.exercises.map {
                .init(exercise: ExerciseID(clean($0.exercise.rawValue)), dose: clean($0.dose), completedSteps: $0.completedSteps,
                      totalSteps: $0.totalSteps, status: $0.status)
            },
            painReports: record.painReports.map(clean), simulated: record.simulated)
    }
}

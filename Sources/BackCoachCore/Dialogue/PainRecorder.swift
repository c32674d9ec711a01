import Foundation

/// Records pain ratings in the session log and says what they call for: a note, and the advice to stop and talk
/// to a doctor or physiotherapist after a rating of 8 or more or a rise of 2 after a routine.
struct PainRecorder {
    /// How long after a rating asked before a routine a later rating is compared with it.
    static let comparisonWindow: TimeInterval = 3 * 3600

    let log: SessionLog?
    let clock: CoachClock

    /// Records a rating; returns what to say and whether the advice was given.
    func record(_ rating: Int, moment: PainCheckIn.Moment) -> (text: String, advised: Bool) {
        let checkIn = PainCheckIn(at: clock.now, rating: rating, moment: moment)
        let before = moment == .beforeRoutine ? nil : ratingBeforeRoutine()
        var lines: [String]
        if let log {
            do {
                try log.append(checkIn)
                lines = [Messages.painRecorded(checkIn.rating, saved: true)]
            } catch {
                lines = [Messages.painRecorded(checkIn.rating, saved: false), Messages.painNotSaved(error.description)]
            }
        } else {
            lines = [Messages.painRecorded(checkIn.rating, saved: false)]
        }
        let advised = checkIn.callsForAdvice(comparedWith: before)
        if advised { lines.append(Messages.painAdvice) }
        return (lines.joined(separator: "\n"), advised)
    }

    /// The latest rating asked before a routine, within the comparison window.
    private func ratingBeforeRoutine() -> PainCheckIn? {
        let now = clock.now
        return log?.readAll().checkIns.last { $0.moment == .beforeRoutine && now.timeIntervalSince($0.at) < Self.comparisonWindow }
    }
}

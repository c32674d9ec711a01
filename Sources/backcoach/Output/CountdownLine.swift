import BackCoachCore

/// The countdown line, made to fit the terminal: the full line with the key hints, then shorter hints, then the
/// bar alone, then a shorter bar; text typed meanwhile is shown at its end. It is always narrower than the
/// terminal, so redrawing it in place never wraps.
enum CountdownLine {
    /// The line for a running step, `done` being the finished share (0–1) of its time.
    static func running(phase: StepPhase, done: Double, secondsLeft: Int, typed: String, width: Int) -> String {
        let label = phase == .rest ? "Rest" : phase == .getReady ? "Ready" : "Hold"
        let bar = { (length: Int) in
            let filled = min(length, max(0, Int((done * Double(length)).rounded())))
            return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: length - filled) + "]"
        }
        var choices = [
            Messages.countdown(phase: phase, bar: String(bar(20).dropFirst().dropLast()), secondsLeft: secondsLeft),
            "  \(label) \(bar(20)) \(secondsLeft) s left   p pause · s skip · q stop",
            "  \(label) \(bar(20)) \(secondsLeft) s   p · s · b · q",
            "  \(label) \(bar(20)) \(secondsLeft) s",
        ]
        choices += stride(from: 15, through: 3, by: -3).map { "\(label) \(bar($0)) \(secondsLeft) s" }
        choices.append("\(secondsLeft) s")
        return fitted(choices, typed: typed, width: width)
    }

    /// The line while a step is paused.
    static func paused(secondsLeft: Int, typed: String, width: Int) -> String {
        fitted([
            Messages.countdownPaused(secondsLeft: secondsLeft),
            "  Paused, \(secondsLeft) s left: p resume · q stop",
            "  Paused, \(secondsLeft) s left",
            "Paused \(secondsLeft) s",
        ], typed: typed, width: width)
    }

    /// The first choice that fits beside the typed text in `width - 1` columns, cut if even the last does not.
    private static func fitted(_ choices: [String], typed: String, width: Int) -> String {
        let room = max(1, width - 1)
        let shownTyped = typed.isEmpty ? "" : " › " + String(typed.suffix(max(0, min(30, room / 2 - 3))))
        let line = choices.first { $0.count + shownTyped.count <= room } ?? String(choices.last!.prefix(room - shownTyped.count))
        return String((line + shownTyped).prefix(room))
    }
}

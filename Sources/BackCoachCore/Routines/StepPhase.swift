/// What a routine step asks the person to do.
public enum StepPhase: String, Sendable, Hashable, Codable {
    /// Hold a position; timed when the article gives a time, otherwise until the person says done.
    case hold
    /// Do a number of repetitions, then say done.
    case reps
    /// Rest for a timed interval.
    case rest
}

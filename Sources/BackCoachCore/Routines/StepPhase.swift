/// What a routine step asks the person to do.
public enum StepPhase: String, Sendable, Hashable, Codable {
    /// A short count to get into position before a timed hold or a change of side (a standard cue, not from the
    /// article); saying done starts the step at once.
    case getReady = "ready"
    /// Hold a position; timed when the article gives a time, otherwise until the person says done.
    case hold
    /// Do a number of repetitions, then say done.
    case reps
    /// Rest for a timed interval.
    case rest

    /// Whether the step is exercise that counts in the log, not a rest or a get-ready count.
    public var isWork: Bool { self == .hold || self == .reps }
}

@_exported import Tagged

/// An intent's name, as intent files and `--json` spell it: `dose`, `routine-stop`.
public typealias IntentID = Tagged<IntentDefinition, String>

extension Tagged where Tag == IntentDefinition, RawValue == String {
    /// The label of lines that must not be answered.
    public static let outOfScope: IntentID = "out-of-scope"
    /// The label of a reply that asks which of two readings was meant.
    public static let askBack: IntentID = "ask-back"
    /// How to do an exercise: shown on "how do I do this?" in a routine.
    public static let howTo: IntentID = "how-to"
    /// Why an exercise helps; asked about a target it does not help, the coach says so.
    public static let benefits: IntentID = "benefits"
    /// Which exercise helps a target: also the answer to a bare target.
    public static let recommend: IntentID = "recommend"
    /// What an exercise is: also the answer to a bare exercise name.
    public static let overview: IntentID = "overview"
    /// Starting a routine, as `backcoach routine` reports it.
    public static let startRoutine: IntentID = "start-routine"
}

/// Where in a conversation an intent can be heard, declared in its file as `heard-in:`; an intent without one is
/// heard everywhere.
public enum DialogueContext: String, Sendable, Hashable, CaseIterable {
    /// While a routine runs: controls such as "skip" or "pause", and pain during an exercise.
    case routine
    /// While the coach waits for the answer to a question it asked: yes, no, not now.
    case question
}

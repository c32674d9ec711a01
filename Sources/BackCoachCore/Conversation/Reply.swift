/// The coach's answer to one line: the text a person reads and the fields scripts rely on.
public struct Reply: Sendable {
    /// The line answered, sanitised.
    public var input: String
    /// Whether the coach understood the line.
    public var understood: Bool
    /// The intent answered, if any.
    public var intent: IntentID?
    /// The matcher's confidence, 0 to 1.
    public var confidence: Double
    /// The exercise the answer is about, if any.
    public var exercise: ExerciseID?
    /// Whether a red flag was answered.
    public var urgent: Bool
    /// The whole answer, plain text.
    public var text: String
    /// A yes/no question the coach asked, if any.
    public var offer: String?
    /// The active routine step after this answer, if a routine runs.
    public var routine: RoutineSnapshot?
    /// How the line was matched, when it went through the matcher.
    public var explanation: Explanation?
    /// Whether the person asked to end the session.
    public var endsSession: Bool
    /// Whether a timed hold ran out while answering: a terminal may ring its bell.
    public var holdEnded = false

    /// Makes a reply; most fields default to "nothing".
    public init(
        input: String, understood: Bool = true, intent: IntentID? = nil, confidence: Double = 1, exercise: ExerciseID? = nil,
        urgent: Bool = false, text: String, offer: String? = nil, routine: RoutineSnapshot? = nil,
        explanation: Explanation? = nil, endsSession: Bool = false
    ) {
        self.input = input
        self.understood = understood
        self.intent = intent
        self.confidence = min(1, max(0, confidence))
        self.exercise = exercise
        self.urgent = urgent
        self.text = text
        self.offer = offer
        self.routine = routine
        self.explanation = explanation
        self.endsSession = endsSession
    }
}

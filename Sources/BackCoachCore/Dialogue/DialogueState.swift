/// Where the conversation stands: what the coach waits for, and so how it reads the next line.
indirect enum DialogueState {
    /// Nothing pending: every line is a question or a request.
    case idle
    /// A routine was offered: yes starts it, no declines it, anything else moves on.
    case offering(RoutineRequest)
    /// Two readings were too close: the reply picks one.
    case askingBack(Candidate, Candidate)
    /// The answer needs an exercise or target the line did not name: the reply names it.
    case askingForEntity(Candidate)
    /// A routine runs: at a step, paused or waiting for the pain choice (`RoutineRunner.Moment`).
    case inRoutine(RoutineSession)
    /// A routine was stopped part-way: "continue" picks it up where it stopped.
    case stoppedRoutine(ResumePoint)
    /// A line was not understood; the coach asked whether the nearest reading was meant.
    case suggesting(Candidate)
    /// A line touched a red flag too vaguely to tell: the coach asked its triage question and waits for yes or
    /// no, then goes back to where it was (a routine stays paused).
    case triaging(RedFlagDetector.Finding, then: DialogueState)
    /// In a terminal, the coach asked for a pain rating before or after a routine; Enter or "skip" passes.
    case ratingPain(PainQuestion)
    /// The coach answered an urgent red flag: a yes or a no said to that advice gets it again, never an exercise.
    case warned(RedFlagDetector.Finding)

    /// The intents that can be heard in this state, besides those heard everywhere.
    var heard: Set<DialogueContext> {
        switch self {
        case .idle: []
        case .offering, .askingBack, .askingForEntity, .suggesting: [.question]
        case .inRoutine: [.routine, .question]
        case .stoppedRoutine: [.routine, .question]
        case .triaging: [.question]
        case .ratingPain: [.question]
        case .warned: [.question]
        }
    }
}

/// Where a stopped routine can be picked up: its plan and the step to start from.
struct ResumePoint {
    /// The plan of the stopped routine.
    let plan: RoutinePlan
    /// The first step of the exercise that was under way.
    let step: Int
}

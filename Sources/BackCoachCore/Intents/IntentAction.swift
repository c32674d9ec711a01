/// What the coach does when an intent is recognised, declared in the intent's file as `action:`.
public enum IntentAction: String, Sendable, Hashable, CaseIterable {
    /// Answer from the intent's template: the default.
    case answer
    /// Start a guided routine, or accept one on offer.
    case startRoutine = "start-routine"
    /// Summarise past sessions from the log.
    case sessionHistory = "session-history"
    /// Explain how the last line was matched.
    case explain
    /// Leave the program; in a routine, end the routine.
    case leave
    /// Say yes to a question.
    case affirm
    /// Say no to a question, or "not now".
    case decline
    /// End the running routine.
    case stopRoutine = "stop-routine"
    /// Skip to the next step or exercise.
    case next
    /// Go back to the previous step.
    case back
    /// Do the current step again.
    case repeatStep = "repeat"
    /// Pause the countdown.
    case pause
    /// Carry on after a pause, or pick a stopped routine up where it stopped.
    case resume
    /// The current reps or untimed hold are finished.
    case done
    /// Show how to do the current exercise.
    case instructions
    /// Pain during an exercise: in a routine it stops the exercise.
    case reportPain = "report-pain"
    /// The rest of a long answer that was folded.
    case more
    /// A pain rating on the 0–10 scale: recorded in the session log as a check-in.
    case recordPain = "record-pain"
    /// Leave the named exercise out of routines from now on.
    case excludeExercise = "exclude-exercise"
    /// Put a left-out exercise back into routines.
    case includeExercise = "include-exercise"
    /// Say what the settings are.
    case showSettings = "show-settings"
    /// How a routine felt: the next doses follow it, inside the article's ranges.
    case routineFeedback = "routine-feedback"

    /// Actions that only make sense while a routine runs.
    public static let routineControls: Set<IntentAction> = [.stopRoutine, .next, .back, .repeatStep, .pause, .resume, .done, .instructions]
}

/// Something that happened in a routine, for `RoutineNarrator` to put into words.
public enum RoutineEvent: Sendable, Hashable {
    /// A step began; `firstOfExercise` when it is the exercise's first, so its cues are shown.
    case stepStarted(RoutineStep, firstOfExercise: Bool)
    /// A timed step's time ran out.
    case timeUp(RoutineStep)
    /// "Back" at the first step: it starts again.
    case atFirstStep
    /// The countdown paused.
    case paused
    /// The countdown resumed.
    case resumed
    /// "Resume" when nothing was paused.
    case notPaused
    /// Pain stopped an exercise; the person chooses to skip it or end.
    case stoppedForPain(exercise: ExerciseID)
}

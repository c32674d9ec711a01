/// What role an exercise plays in a session, which decides its place in a routine.
public enum ExerciseKind: String, Sendable, Hashable {
    /// Builds strength; comes first in a session.
    case strength
    /// Stretches; comes after the strength work.
    case stretch
    /// Ends a session.
    case coolDown = "cool-down"
}

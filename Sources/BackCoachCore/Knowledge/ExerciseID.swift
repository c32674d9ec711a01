/// An exercise's id, as the knowledge base, intent files and `--json` spell it: `clam-shell`.
public typealias ExerciseID = Tagged<Exercise, String>

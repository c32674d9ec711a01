extension RoutineSnapshot {
    /// Writes the snapshot as its `Codable` form reads: every key, sorted, absent values as null.
    func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("exercise")
        writer.string(exercise.rawValue)
        writer.key("exercise_count")
        writer.int(exerciseCount)
        writer.key("exercise_number")
        writer.int(exerciseNumber)
        writer.key("name")
        writer.string(name)
        writer.key("of")
        writer.int(of)
        writer.key("phase")
        writer.string(phase)
        writer.key("remaining")
        writer.int(remaining)
        writer.key("reps")
        writer.int(reps)
        writer.key("side")
        writer.string(side?.rawValue)
        writer.key("step")
        writer.int(step)
        writer.endObject()
    }
}

/// A command typed or pressed while a routine runs.
public enum RoutineCommand: Sendable, Hashable {
    /// Finished the reps or the untimed hold.
    case done
    /// Skip the current step.
    case skip
    /// Go back to the previous step.
    case back
    /// Start the current step again.
    case again
    /// Pause the countdown.
    case pause
    /// Resume the countdown.
    case resume
    /// End the routine.
    case stop
    /// Show the current exercise's instructions.
    case instructions

    /// The command a whole line says, if it is one.
    public static func parse(_ line: String) -> RoutineCommand? {
        let words = TextNormalizer.tokens(line).map(\.text).joined(separator: " ")
        return phrases[words]
    }

    private static let phrases: [String: RoutineCommand] = {
        var table: [String: RoutineCommand] = [:]
        let groups: [(RoutineCommand, [String])] = [
            (.done, ["", "done", "d", "finished", "im done", "i am done", "all done", "did it", "ok", "okay", "yes", "y", "completed", "complete", "ready"]),
            (.skip, ["skip", "s", "next", "n", "skip it", "skip this", "skip this one", "next one", "next step", "move on"]),
            (.back, ["back", "b", "previous", "go back", "prev"]),
            (.again, ["repeat", "again", "restart", "redo", "do it again", "r", "start again"]),
            (.pause, ["pause", "p", "wait", "hold on", "one moment", "a moment"]),
            (.resume, ["resume", "continue", "unpause", "carry on", "go on", "keep going", "go"]),
            (.stop, ["stop", "q", "end", "end routine", "stop routine", "stop the routine", "end the routine", "cancel", "abort", "finish", "enough", "stop it"]),
            (.instructions, ["how do i do this", "how do i do it", "how do i do that", "how", "instructions", "form", "what do i do", "how is it done", "show me how", "remind me how", "help"]),
        ]
        for (command, words) in groups { for word in words { table[word] = command } }
        return table
    }()
}

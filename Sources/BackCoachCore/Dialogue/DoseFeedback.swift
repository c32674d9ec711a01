/// Feedback on a routine ("too easy", "too hard", "just right") moves each exercise's dose one level, never past
/// the article's ranges, and remembers it in the settings so the next routine follows it.
struct DoseFeedback {
    /// Which way the doses should go.
    enum Direction {
        case harder, easier, same
    }

    let knowledge: KnowledgeBase
    let settings: SettingsKeeper

    private static let harder = ["too easy", "way too easy", "easy peasy", "a breeze", "could do more", "more challenging", "make it harder", "harder next time"]
    private static let easier = ["too hard", "too difficult", "too tough", "too much for me", "struggled", "make it easier", "easier next time"]

    /// The direction a line asks for, from its words.
    static func direction(in words: [String]) -> Direction {
        let text = " " + words.joined(separator: " ") + " "
        if easier.contains(where: { text.contains(" \($0) ") }) { return .easier }
        if harder.contains(where: { text.contains(" \($0) ") }) { return .harder }
        return .same
    }

    /// Applies feedback to exercises; says each one's next dose.
    func apply(_ direction: Direction, to exercises: [ExerciseID], level: RoutineLevel) -> String {
        guard !exercises.isEmpty else { return Messages.noRoutineForFeedback }
        guard direction != .same else { return Messages.dosesKept }
        let builder = RoutineBuilder(knowledge: knowledge)
        var lines: [String] = []
        for id in exercises {
            guard let exercise = knowledge.exercise(id: id) else { continue }
            let current = settings.settings.levels[id] ?? level
            let before = builder.item(for: exercise, level: current).doseDescription
            guard let next = direction == .harder ? current.next : current.previous else {
                lines.append(Messages.doseAtLimit(exercise.spokenName, dose: before, top: direction == .harder))
                continue
            }
            let after = builder.item(for: exercise, level: next).doseDescription
            if let problem = settings.update({ $0.levels[id] = next }) { lines.append(problem) }
            lines.append(before == after ? Messages.doseFixed(exercise.spokenName, dose: before)
                : Messages.doseChanged(exercise.spokenName, from: before, to: after))
        }
        return lines.joined(separator: "\n")
    }
}

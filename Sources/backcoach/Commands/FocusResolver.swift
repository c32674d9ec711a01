import BackCoachCore

/// Reads what `routine --focus` is given as the chat would: an id (`clam-shell`, `lower-back`), an exercise's name
/// ("wall sits"), or a body part, condition or goal ("lower back", "sciatica"); the lists come from the intent set
/// and the knowledge base.
struct FocusResolver {
    /// The exercise and target vocabularies.
    let intents: IntentSet
    /// Which exercise helps which target.
    let knowledge: KnowledgeBase

    /// The ids a focus can be, as offered by shell completion: the exercises, then the targets some exercise helps.
    var ids: [String] {
        intents.exercises.map(\.id).filter { knowledge.exercise(id: ExerciseID($0)) != nil }
            + intents.targets.map(\.id).filter { !knowledge.exercises(forTarget: $0).isEmpty }
    }

    /// The exercise or target id `text` names, or nil when it names neither.
    func resolve(_ text: String) -> String? {
        let id = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
        if ids.contains(id) { return id }
        let line = LineAnalyzer(intents: intents).analyze(text)
        if let exercise = line.firstMention(.exercise), knowledge.exercise(id: ExerciseID(exercise.id)) != nil { return exercise.id }
        if let target = line.firstMention(.target), !knowledge.exercises(forTarget: target.id).isEmpty { return target.id }
        return nil
    }

    /// The focus ids for shell completion, from the built-in intents.
    static func completionIDs() -> [String] {
        guard let intents = try? EmbeddedIntents.load() else { return [] }
        return FocusResolver(intents: intents, knowledge: .article).ids
    }
}

/// Fills answer templates with facts from the knowledge base, crediting each quoted source.
public struct AnswerComposer: Sendable {
    /// The knowledge base answers come from.
    public let knowledge: KnowledgeBase
    /// The intents, for target labels and the list of what the coach can do.
    public let intents: IntentSet

    /// Makes a composer.
    public init(knowledge: KnowledgeBase, intents: IntentSet) {
        self.knowledge = knowledge
        self.intents = intents
    }

    /// The answer of an intent about an exercise and target.
    public func answer(_ intent: IntentDefinition, exercise: Exercise?, target: String?, extra: [String: String] = [:]) -> String {
        var values = extra
        for name in AnswerTemplate.placeholderNames(in: intent.answer) where values[name] == nil {
            values[name] = value(name, exercise: exercise, target: target)
        }
        return AnswerTemplate.render(intent.answer, values: values).trimmingTrailingNewlines()
    }

    /// The ask-back phrase of an intent ("the dose for clam shells").
    public func askBackPhrase(_ intent: IntentDefinition, exercise: Exercise?, target: String?) -> String {
        let template = intent.askBack ?? intent.description
        return AnswerTemplate.render(template, values: [
            "exercise": exercise?.spokenName ?? "an exercise",
            "target": target.map(targetLabel) ?? "something",
        ])
    }

    /// How the coach names a target in a sentence.
    public func targetLabel(_ id: String) -> String {
        intents.targets.first { $0.id == id }?.label ?? id
    }

    private func value(_ name: String, exercise: Exercise?, target: String?) -> String {
        switch name {
        case "exercise": return exercise?.spokenName ?? ""
        case "exercise-title": return exercise?.name ?? ""
        case "dose": return exercise.map(dose) ?? ""
        case "steps": return exercise.map(steps) ?? ""
        case "benefits": return exercise.map { bullets($0.benefits) } ?? ""
        case "progression": return exercise.map { bullets($0.progression) } ?? ""
        case "cautions": return cautions(exercise)
        case "overview": return exercise.map(overview) ?? ""
        case "target": return target.map(targetLabel) ?? ""
        case "recommendations": return target.map(recommendations) ?? ""
        case "exercise-list": return exerciseList()
        case "target-list": return intents.targets.map(\.label).joined(separator: ", ")
        case "sources": return Messages.sources
        case "general-advice": return knowledge.generalAdvice.map(\.text).joined(separator: " ")
        case "intent-list": return Messages.capabilities(exercises: knowledge.exercises.map(\.spokenName))
        default: return ""
        }
    }

    /// The dose in one line: "Do 20 reps on each side."
    public func dose(_ exercise: Exercise) -> String {
        exercise.dose.facts.map(\.credited).joined(separator: " ")
    }

    private func steps(_ exercise: Exercise) -> String {
        var lines = exercise.steps.enumerated().map { "\($0.offset + 1). \($0.element.credited)" }
        if let quote = exercise.quotedInstructions {
            lines.append("\"\(quote.text)\" — \(quote.source.credit ?? "the article")")
        }
        lines.append(Messages.doseLabel + dose(exercise))
        return lines.joined(separator: "\n")
    }

    private func overview(_ exercise: Exercise) -> String {
        var lines = ["\(exercise.name): \(exercise.summary.credited)"]
        lines.append(contentsOf: exercise.benefits.prefix(2).map(\.credited))
        lines.append(Messages.doseLabel + dose(exercise))
        return lines.joined(separator: "\n")
    }

    private func cautions(_ exercise: Exercise?) -> String {
        if let exercise { return "With \(exercise.spokenName):\n" + bullets(exercise.cautions) }
        let all = knowledge.exercises.map { "\($0.name):\n" + bullets($0.cautions) }
        return (all + [Messages.inGeneralLabel + KnowledgeBase.notForEveryBody.text]).joined(separator: "\n")
    }

    private func recommendations(_ target: String) -> String {
        let exercises = knowledge.exercises(forTarget: target)
        guard !exercises.isEmpty else { return "The article has no exercise for that." }
        return exercises.map { exercise in
            var text = "- \(exercise.name): " + exercise.benefits.map(\.credited).joined(separator: " ")
            text += "\n  " + Messages.doseLabel + dose(exercise)
            if let caution = exercise.cautions.first { text += "\n  " + Messages.cautionLabel + caution.credited }
            return text
        }.joined(separator: "\n")
    }

    private func exerciseList() -> String {
        knowledge.exercises.map { "- \($0.name): \($0.summary.credited)" }.joined(separator: "\n")
    }

    private func bullets(_ facts: [Fact]) -> String {
        facts.map { "- \($0.credited)" }.joined(separator: "\n")
    }
}

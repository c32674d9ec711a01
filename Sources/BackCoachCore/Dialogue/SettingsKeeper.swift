/// The person's settings during a conversation: exercises left out of routines are remembered in the settings
/// file, so they hold across a restart.
final class SettingsKeeper {
    /// The settings in force.
    private(set) var settings: CoachSettings
    /// Where they are saved, or nil to keep them in memory only.
    private(set) var file: SettingsFile?
    private let knowledge: KnowledgeBase

    /// Keeps settings, saving changes to `file`.
    init(settings: CoachSettings = CoachSettings(), file: SettingsFile? = nil, knowledge: KnowledgeBase) {
        self.settings = settings
        self.file = file
        self.knowledge = knowledge
    }

    /// Takes settings read from a file, and saves changes there.
    func use(_ settings: CoachSettings, file: SettingsFile?) {
        self.settings = settings
        self.file = file
    }

    /// Leaves an exercise out of routines, or puts it back; says what changed.
    func set(_ exercise: ExerciseID, excluded: Bool) -> String {
        let name = knowledge.exercise(id: exercise)?.spokenName ?? exercise.rawValue
        if excluded == settings.excluded.contains(exercise) {
            return excluded ? Messages.alreadyExcluded(name) : Messages.notExcluded(name)
        }
        let problem = update { settings in
            if excluded { settings.excluded.append(exercise) } else { settings.excluded.removeAll { $0 == exercise } }
        }
        return ([excluded ? Messages.excluded(name) : Messages.included(name)] + [problem].compactMap { $0 }).joined(separator: "\n")
    }

    /// Changes the settings and saves them; returns what to say when they could not be saved.
    func update(_ change: (inout CoachSettings) -> Void) -> String? {
        change(&settings)
        guard let file else { return nil }
        do {
            try file.save(settings)
            return nil
        } catch {
            return Messages.settingsNotSaved(error.description)
        }
    }

    /// The answer to a settings action: leave out, put back, or show; nil when the exercise is missing.
    func respond(to action: IntentAction, exercise: ExerciseID?) -> String? {
        switch action {
        case .showSettings: return summary
        case .excludeExercise, .includeExercise:
            return exercise.map { set($0, excluded: action == .excludeExercise) }
        default: return nil
        }
    }

    /// The settings in words.
    var summary: String {
        Messages.settingsSummary(excluded: settings.excluded.map { knowledge.exercise(id: $0)?.spokenName ?? $0.rawValue },
                                 asksPain: settings.asksPain, file: file?.file.path)
    }
}

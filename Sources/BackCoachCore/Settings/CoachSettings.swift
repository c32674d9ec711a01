import Foundation

/// The person's settings, from a human-editable file of `name = value` lines (`#` starts a comment): whether pain
/// is asked around routines, and exercises to leave out. Invalid entries are reported and ignored.
public struct CoachSettings: Sendable, Hashable {
    /// Whether a terminal session asks for a pain rating before and after each routine (`ask-pain = yes|no`).
    public var asksPain = true
    /// Exercises never put in a routine (`exclude = partial-crunch, reclining-twist`).
    public var excluded: [ExerciseID] = []
    /// Each exercise's level as feedback left it (`level.wall-sit = intermediate`).
    public var levels: [ExerciseID: RoutineLevel] = [:]

    /// The defaults: pain asked, nothing excluded.
    public init() {}

    /// Reads settings from the file's text; returns them with the numbers of the invalid lines, which are ignored.
    public static func parse(_ text: String, knownExercises: Set<ExerciseID>) -> (settings: CoachSettings, invalidLines: [Int]) {
        var settings = CoachSettings()
        var invalidLines: [Int] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let invalid = { invalidLines.append(number + 1) }
            guard parts.count == 2 else { invalid(); continue }
            switch parts[0] {
            case "ask-pain":
                guard let value = Self.booleans[parts[1]] else { invalid(); continue }
                settings.asksPain = value
            case "exclude":
                let ids = parts[1].split(separator: ",").map { ExerciseID($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.rawValue.isEmpty }
                guard ids.allSatisfy(knownExercises.contains) else { invalid(); continue }
                settings.excluded = ids
            case let name where name.hasPrefix(Self.levelPrefix):
                let id = ExerciseID(rawValue: String(name.dropFirst(Self.levelPrefix.count)))
                guard knownExercises.contains(id), let level = RoutineLevel(rawValue: parts[1]) else { invalid(); continue }
                settings.levels[id] = level
            default:
                invalid()
            }
        }
        return (settings, invalidLines)
    }

    /// The settings as the file's text, with a comment saying what each line does.
    public var text: String {
        """
        # BackCoach settings: edit freely. Lines are `name = value`; `#` starts a comment.
        # ask-pain: yes or no, whether a terminal session asks your pain (0-10) before and after each routine.
        ask-pain = \(asksPain ? "yes" : "no")
        # exclude: exercises left out of routines, by id (\(Messages.exerciseIDsHint)), separated by commas.
        exclude = \(excluded.map(\.rawValue).joined(separator: ", "))
        # level.EXERCISE: beginner, intermediate or advanced, the dose of one exercise ("too easy" moves it up).
        \(levelLines)

        """
    }

    private static let levelPrefix = "level."

    private var levelLines: String {
        levels.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\(Self.levelPrefix)\($0.key.rawValue) = \($0.value.rawValue)" }
            .joined(separator: "\n")
    }

    private static let booleans = ["yes": true, "true": true, "on": true, "no": false, "false": false, "off": false]
}

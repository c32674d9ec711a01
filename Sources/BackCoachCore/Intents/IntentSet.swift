import Foundation

/// A complete, validated set of intents, entity vocabularies and language rules: all or nothing.
public struct IntentSet: Sendable {
    /// The intents, in file order; red-flag intents included.
    public let intents: [IntentDefinition]
    /// Exercise names people use, keyed by exercise id.
    public let exercises: [EntityValue]
    /// Body parts, conditions and goals people name.
    public let targets: [EntityValue]
    /// Fillers, negations and follow-up markers.
    public let language: LanguageRules
    /// Lines that must not match any intent, with their file and line.
    public let outOfScope: [(text: String, file: String, line: Int)]
    /// The named concepts the phrase lists may use as `@name`.
    public let concepts: [Concept]
    /// The names of the concepts some phrase list used.
    public let usedConcepts: Set<String>
    /// The words the set knows, for typo correction.
    public let vocabulary: Vocabulary
    /// The matcher's and the detector's phrase indexes, when the set was read back from a compiled one.
    let readyIndexes: ReadyPhraseIndexes?
    /// Each intent's position in `intents`, so looking one up costs the same however many there are.
    private let positions: [IntentID: Int]
    /// The first intent that carries out each action, looked up the same way.
    private let firstByAction: [IntentAction: Int]

    /// The intent with this id.
    public func intent(_ id: IntentID) -> IntentDefinition? { positions[id].map { intents[$0] } }

    /// The first intent that carries out an action: the act a reply names when the coach does it ("resume").
    public func intent(doing action: IntentAction) -> IntentDefinition? { firstByAction[action].map { intents[$0] } }

    /// The first intent of each action.
    private static func firstByAction(of intents: [IntentDefinition]) -> [IntentAction: Int] {
        Dictionary(intents.enumerated().map { ($0.element.action, $0.offset) }) { first, _ in first }
    }

    /// Each intent's position, the first when two share an id (loading refuses that).
    private static func positions(of intents: [IntentDefinition]) -> [IntentID: Int] {
        Dictionary(intents.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
    }

    /// Loads every `.yaml` file below a folder; any problem stops the load with the file and line. Messages and
    /// `file` name the folder as `shownAs` when given (`Intents`), else by its path.
    public init(folder: URL, shownAs: String? = nil, knowledge: KnowledgeBase = .article) throws(IntentLoadError) {
        let base = folder.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isFolder) else {
            throw IntentLoadError(file: folder.path, line: nil, message: "no such folder")
        }
        guard isFolder.boolValue else {
            throw IntentLoadError(file: folder.path, line: nil, message: "is a file; --intents takes the folder that holds the intent files")
        }
        let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        let urls = (walker?.compactMap { $0 as? URL } ?? [])
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .map(\.standardizedFileURL)
            .sorted { $0.path < $1.path }
        var files: [(String, String)] = []
        let name = shownAs ?? folder.path
        for url in urls {
            let shown = (name.hasSuffix("/") ? name : name + "/") + url.path.dropFirst(base.path.count + 1)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw IntentLoadError(file: shown, line: nil, message: "cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw IntentLoadError(file: shown, line: nil, message: "the file is not UTF-8 text")
            }
            files.append((shown, text))
        }
        try self.init(files: files, knowledge: knowledge)
    }

    /// A set from parts that were loaded and checked before: read back from a compiled set.
    init(intents: [IntentDefinition], exercises: [EntityValue], targets: [EntityValue], language: LanguageRules,
         outOfScope: [(text: String, file: String, line: Int)], concepts: [Concept], usedConcepts: Set<String>,
         vocabulary: Vocabulary, readyIndexes: ReadyPhraseIndexes? = nil) {
        self.intents = intents
        self.readyIndexes = readyIndexes
        positions = Self.positions(of: intents)
        firstByAction = Self.firstByAction(of: intents)
        self.exercises = exercises
        self.targets = targets
        self.language = language
        self.outOfScope = outOfScope
        self.concepts = concepts
        self.usedConcepts = usedConcepts
        self.vocabulary = vocabulary
    }

    /// Builds a set from file paths and texts, checking it against the knowledge base.
    public init(files: [(path: String, text: String)], knowledge: KnowledgeBase = .article) throws(IntentLoadError) {
        var intents: [IntentDefinition] = []
        var exercises: [EntityValue]?
        var targets: [EntityValue]?
        var language: LanguageRules?
        var outOfScope: [(text: String, file: String, line: Int)] = []
        var concepts: [Concept] = []
        var entityLines: [EntityKind: (file: String, line: Int)] = [:]
        var defined: [IntentID: (file: String, line: Int)] = [:]
        for (path, text) in files {
            try IntentSourceLimits.check(path: path, text: text)
            switch try IntentFileParser(file: path).parse(text) {
            case .intent(let intent):
                if let earlier = defined[intent.id] {
                    throw IntentLoadError(file: path, line: intent.line, message: "intent '\(intent.id)' is already defined in \(earlier.file):\(earlier.line)")
                }
                defined[intent.id] = (intent.file, intent.line)
                intents.append(intent)
            case .entity(.exercise, let values, let line):
                guard exercises == nil else { throw IntentLoadError(file: path, line: line, message: "a second exercise vocabulary") }
                for value in values where knowledge.exercise(id: ExerciseID(value.id)) == nil {
                    throw IntentLoadError(file: path, line: line, message: "'\(value.id)' is not an exercise in the knowledge base; known: \(knowledge.exercises.map(\.id.rawValue).joined(separator: ", "))")
                }
                exercises = values
                entityLines[.exercise] = (path, line)
            case .entity(.target, let values, let line):
                guard targets == nil else { throw IntentLoadError(file: path, line: line, message: "a second target vocabulary") }
                targets = values
                entityLines[.target] = (path, line)
            case .language(let rules):
                guard language == nil else { throw IntentLoadError(file: path, line: 1, message: "a second language file") }
                language = rules
            case .outOfScope(let examples):
                outOfScope += examples.map { ($0.text, path, $0.line) }
            case .concepts(let defined):
                concepts += defined
            }
        }
        guard let exercises else { throw IntentLoadError(file: "(intent folder)", line: nil, message: "no exercise vocabulary (a file with `entity: exercise`)") }
        guard let targets else { throw IntentLoadError(file: "(intent folder)", line: nil, message: "no target vocabulary (a file with `entity: target`)") }
        guard let language else { throw IntentLoadError(file: "(intent folder)", line: nil, message: "no language file (a file with `language:`)") }
        guard !intents.isEmpty else { throw IntentLoadError(file: "(intent folder)", line: nil, message: "no intents") }
        for level in RedFlagLevel.allCases where level.isUrgent && !intents.contains(where: { $0.redFlag == level && !$0.symptoms.isEmpty }) {
            throw IntentLoadError(file: "(intent folder)", line: nil, message: "no \(level.rawValue) red-flag intent (a file with `red-flag: \(level.rawValue)` and symptoms); red flags must always be checked")
        }
        let knownTargets = Set(targets.map(\.id))
        for exercise in knowledge.exercises {
            for target in exercise.targets where !knownTargets.contains(target) {
                throw IntentLoadError(file: "(intent folder)", line: nil, message: "the target vocabulary lacks '\(target)', which \(exercise.id) helps")
            }
        }
        for intent in intents {
            if let target = intent.statementTarget, !knownTargets.contains(target) {
                throw IntentLoadError(file: intent.file, line: intent.line, message: "statement-target '\(target)' is not in the target vocabulary")
            }
        }
        var expander = try ConceptExpander(concepts)
        var expanded: [IntentDefinition] = []
        for intent in intents { expanded.append(try expander.expand(intent)) }
        func expandValues(_ values: [EntityValue], _ kind: EntityKind) throws(IntentLoadError) -> [EntityValue] {
            let place = entityLines[kind] ?? ("(intent folder)", 1)
            var result: [EntityValue] = []
            for value in values { result.append(try expander.expand(value, file: place.file, line: place.line)) }
            return result
        }
        self.exercises = try expandValues(exercises, .exercise)
        self.targets = try expandValues(targets, .target)
        self.intents = expanded
        positions = Self.positions(of: expanded)
        firstByAction = Self.firstByAction(of: expanded)
        self.concepts = concepts
        self.usedConcepts = expander.used
        vocabulary = Vocabulary(intents: expanded, exercises: self.exercises, targets: self.targets, language: language)
        self.language = language
        self.outOfScope = outOfScope
        readyIndexes = nil
    }
}

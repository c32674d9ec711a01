import Yams

/// Reads one intent, entity or language file into the pieces of an `IntentSet`, reporting problems by line.
struct IntentFileParser {
    /// What one file defined.
    enum Content {
        case intent(IntentDefinition)
        case entity(EntityKind, [EntityValue], line: Int)
        case language(LanguageRules)
        case outOfScope([(text: String, line: Int)])
    }

    /// The file's path as shown in messages.
    let file: String

    /// Parses the text of a file.
    func parse(_ text: String) throws(IntentLoadError) -> Content {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw describe(error)
        } catch {
            throw IntentLoadError(file: file, line: nil, message: "cannot read YAML: \(error)")
        }
        guard let root, case .mapping(let mapping) = root else {
            throw IntentLoadError(file: file, line: 1, message: "expected a mapping with an `intent`, `entity` or `language` key")
        }
        let fields = try fields(of: mapping)
        if fields["intent"] != nil { return .intent(try intent(fields, mapping: mapping)) }
        if let kind = fields["entity"] { return try entity(kind, fields, mapping: mapping) }
        if fields["language"] != nil { return .language(try language(fields, mapping: mapping)) }
        if let examples = fields["out-of-scope"] {
            try rejectUnknown(fields, allowed: ["out-of-scope"])
            return .outOfScope(try sequence(examples.value, "out-of-scope").map { item throws(IntentLoadError) in
                (try string(item, "out-of-scope example"), line(of: item) ?? 1)
            })
        }
        throw IntentLoadError(file: file, line: line(of: root), message: "expected an `intent`, `entity`, `language` or `out-of-scope` key")
    }

    // MARK: File kinds

    private static let intentKeys: Set<String> = [
        "intent", "description", "ask-back", "keywords", "entities", "follow-up", "offers-routine", "answer",
        "examples", "red-flag", "symptoms", "priority", "veto", "action", "whole-line", "heard-in",
    ]

    /// Placeholders an answer template may use.
    static let placeholders: Set<String> = [
        "exercise", "exercise-title", "dose", "steps", "benefits", "progression", "cautions", "overview", "target", "recommendations",
        "exercise-list", "target-list", "sources", "general-advice", "symptom", "intent-list", "routine", "history",
    ]

    private func intent(_ fields: [String: (key: Node, value: Node)], mapping: Node.Mapping) throws(IntentLoadError) -> IntentDefinition {
        try rejectUnknown(fields, allowed: Self.intentKeys)
        let nameNode = fields["intent"]!
        let name = try string(nameNode.value, "intent")
        guard !name.isEmpty, name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
            throw error(nameNode.value, "intent name '\(name)' must be lower-case words joined by hyphens")
        }
        var required: [[Phrase]] = []
        var optional: [Phrase] = []
        var negative: [Phrase] = []
        if let keywords = fields["keywords"] {
            guard case .mapping(let keywordMapping) = keywords.value else {
                throw error(keywords.value, "`keywords` must be a mapping with `required`, `optional` and `negative` lists")
            }
            let keywordFields = try self.fields(of: keywordMapping)
            try rejectUnknown(keywordFields, allowed: ["required", "optional", "negative"])
            if let groups = keywordFields["required"] {
                required = try sequence(groups.value, "keywords.required").map { item throws(IntentLoadError) in
                    if case .sequence = item { return try phrases(item, "keywords.required group") }
                    return [Phrase(try string(item, "keyword"))]
                }
                if let empty = required.firstIndex(where: \.isEmpty) {
                    throw error(groups.value, "required keyword group \(empty + 1) is empty")
                }
            }
            if let list = keywordFields["optional"] { optional = try phrases(list.value, "keywords.optional") }
            if let list = keywordFields["negative"] { negative = try phrases(list.value, "keywords.negative") }
        }
        var exercise = EntityRequirement.ignored
        var target = EntityRequirement.ignored
        if let entities = fields["entities"] {
            guard case .mapping(let entityMapping) = entities.value else {
                throw error(entities.value, "`entities` must map entity types to required, optional or ignored")
            }
            for (key, value) in entityMapping {
                let type = try string(key, "entity type")
                guard let kind = EntityKind(rawValue: type) else {
                    throw error(key, "unknown entity type '\(type)'; known types: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                let word = try string(value, "entity requirement")
                guard let requirement = EntityRequirement(rawValue: word) else {
                    throw error(value, "entity requirement must be required, optional or ignored, not '\(word)'")
                }
                if kind == .exercise { exercise = requirement } else { target = requirement }
            }
        }
        let answerNode = fields["answer"]
        guard let answerNode else { throw error(nameNode.key, "intent '\(name)' has no `answer`") }
        let answer = try string(answerNode.value, "answer")
        try checkPlaceholders(answer, at: answerNode.value)
        let askBack = try fields["ask-back"].map { field throws(IntentLoadError) in try string(field.value, "ask-back") }
        if let askBack, let node = fields["ask-back"]?.value { try checkPlaceholders(askBack, at: node) }
        var redFlag: RedFlagLevel?
        var symptoms: [Symptom] = []
        if let level = fields["red-flag"] {
            let word = try string(level.value, "red-flag")
            guard let parsed = RedFlagLevel(rawValue: word) else {
                throw error(level.value, "red-flag must be emergency or urgent, not '\(word)'")
            }
            redFlag = parsed
            guard let list = fields["symptoms"] else { throw error(level.key, "a red-flag intent needs `symptoms`") }
            symptoms = try sequence(list.value, "symptoms").map { item throws(IntentLoadError) in try symptom(item) }
        } else if required.isEmpty {
            throw error(nameNode.key, "intent '\(name)' has no required keywords")
        }
        let exampleNodes = try fields["examples"].map { field throws(IntentLoadError) in try sequence(field.value, "examples") } ?? []
        let examples = try exampleNodes.map { item throws(IntentLoadError) in try string(item, "example") }
        return IntentDefinition(
            id: name,
            description: try fields["description"].map { field throws(IntentLoadError) in try string(field.value, "description") } ?? "",
            askBack: askBack,
            required: required,
            optional: optional,
            negative: negative,
            exercise: exercise,
            target: target,
            followUp: try fields["follow-up"].map { field throws(IntentLoadError) in try bool(field.value, "follow-up") } ?? false,
            priority: try fields["priority"].map { field throws(IntentLoadError) in
                guard let value = Int(try string(field.value, "priority")), (-50...50).contains(value) else {
                    throw error(field.value, "priority must be a whole number from -50 to 50")
                }
                return value
            } ?? 0,
            veto: try fields["veto"].map { field throws(IntentLoadError) in try bool(field.value, "veto") } ?? false,
            action: try fields["action"].map { field throws(IntentLoadError) in
                let word = try string(field.value, "action")
                guard let action = IntentAction(rawValue: word) else {
                    throw error(field.value, "unknown action '\(word)'; known: \(IntentAction.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return action
            } ?? .answer,
            heardIn: try fields["heard-in"].map { field throws(IntentLoadError) in
                let word = try string(field.value, "heard-in")
                guard let context = DialogueContext(rawValue: word) else {
                    throw error(field.value, "heard-in must be one of \(DialogueContext.allCases.map(\.rawValue).joined(separator: ", ")), not '\(word)'")
                }
                return context
            },
            wholeLine: try fields["whole-line"].map { field throws(IntentLoadError) in try bool(field.value, "whole-line") } ?? false,
            offersRoutine: try fields["offers-routine"].map { field throws(IntentLoadError) in try bool(field.value, "offers-routine") } ?? false,
            answer: answer,
            examples: examples,
            exampleLines: exampleNodes.map { line(of: $0) ?? 1 },
            redFlag: redFlag,
            symptoms: symptoms,
            file: file,
            line: line(of: nameNode.key) ?? 1
        )
    }

    private func symptom(_ node: Node) throws(IntentLoadError) -> Symptom {
        guard case .mapping(let mapping) = node else { throw error(node, "a symptom must be a mapping with `name` and `patterns`") }
        let fields = try fields(of: mapping)
        try rejectUnknown(fields, allowed: ["name", "patterns", "unless", "unless-in-line"])
        guard let name = fields["name"], let patterns = fields["patterns"] else {
            throw error(node, "a symptom needs `name` and `patterns`")
        }
        let parsed = try sequence(patterns.value, "patterns").map { item throws(IntentLoadError) -> [[Phrase]] in
            let text = try string(item, "pattern")
            let groups = text.split(separator: "+").map { group in
                group.split(separator: "|").map { Phrase(String($0).trimmingCharacters(in: .whitespaces)) }.filter { !$0.stems.isEmpty }
            }
            guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else {
                throw error(item, "pattern '\(text)' has an empty group; write words separated by | and groups by +")
            }
            return groups
        }
        let unless = try fields["unless"].map { field throws(IntentLoadError) in try phrases(field.value, "unless") } ?? []
        let unlessInLine = try fields["unless-in-line"].map { field throws(IntentLoadError) in try phrases(field.value, "unless-in-line") } ?? []
        return Symptom(name: try string(name.value, "name"), patterns: parsed, unless: unless, unlessInLine: unlessInLine)
    }

    private func entity(_ kindField: (key: Node, value: Node), _ topFields: [String: (key: Node, value: Node)], mapping: Node.Mapping) throws(IntentLoadError) -> Content {
        try rejectUnknown(topFields, allowed: ["entity", "description", "values"])
        let type = try string(kindField.value, "entity")
        guard let kind = EntityKind(rawValue: type) else {
            throw error(kindField.value, "unknown entity type '\(type)'; known types: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let valuesField = topFields["values"], case .mapping(let values) = valuesField.value else {
            throw error(kindField.key, "an entity file needs `values`, a mapping from id to `label` and `names`")
        }
        var result: [EntityValue] = []
        for (key, value) in values {
            let id = try string(key, "entity id")
            guard case .mapping(let valueMapping) = value else { throw error(value, "'\(id)' must have `label` and `names`") }
            let valueFields = try fields(of: valueMapping)
            try rejectUnknown(valueFields, allowed: ["label", "names", "weak-names", "not-names"])
            guard let label = valueFields["label"], let names = valueFields["names"] else {
                throw error(key, "'\(id)' needs `label` and `names`")
            }
            let phrases = try phrases(names.value, "names")
            let weak = try valueFields["weak-names"].map { field throws(IntentLoadError) in try self.phrases(field.value, "weak-names") } ?? []
            let not = try valueFields["not-names"].map { field throws(IntentLoadError) in try self.phrases(field.value, "not-names") } ?? []
            result.append(EntityValue(id: id, label: try string(label.value, "label"), names: phrases, weakNames: weak, notNames: not))
        }
        return .entity(kind, result, line: line(of: kindField.key) ?? 1)
    }

    private func language(_ fields: [String: (key: Node, value: Node)], mapping: Node.Mapping) throws(IntentLoadError) -> LanguageRules {
        try rejectUnknown(fields, allowed: ["language", "fillers", "negators", "negation-reversers", "denials-after", "follow-up-markers", "spellings", "skippable"])
        var rules = LanguageRules()
        func words(_ key: String) throws(IntentLoadError) -> Set<String> {
            guard let field = fields[key] else { return [] }
            return Set(try phrases(field.value, key).flatMap { phrase in TextNormalizer.tokens(phrase.text).map(\.text) })
        }
        func list(_ key: String) throws(IntentLoadError) -> [Phrase] {
            guard let field = fields[key] else { return [] }
            return try phrases(field.value, key)
        }
        rules.fillers = try words("fillers")
        rules.skippable = try words("skippable")
        rules.negators = try words("negators")
        rules.negationReversers = try words("negation-reversers")
        rules.followUpMarkers = try list("follow-up-markers")
        rules.denialsAfter = try list("denials-after")
        if let field = fields["spellings"] {
            guard case .mapping(let pairs) = field.value else { throw error(field.value, "`spellings` must map a misspelling to its word") }
            for (typed, meant) in pairs {
                rules.spellings[try string(typed, "misspelling").lowercased()] = try string(meant, "spelling").lowercased()
            }
        }
        return rules
    }

    // MARK: Node helpers

    private func fields(of mapping: Node.Mapping) throws(IntentLoadError) -> [String: (key: Node, value: Node)] {
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let name = try string(key, "key")
            if result[name] != nil { throw error(key, "`\(name)` appears twice") }
            result[name] = (key, value)
        }
        return result
    }

    private func rejectUnknown(_ fields: [String: (key: Node, value: Node)], allowed: Set<String>) throws(IntentLoadError) {
        for (name, field) in fields where !allowed.contains(name) {
            throw error(field.key, "unknown key `\(name)`; expected one of: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    private func string(_ node: Node, _ what: String) throws(IntentLoadError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "\(what) must be text") }
        return scalar.string
    }

    private func bool(_ node: Node, _ what: String) throws(IntentLoadError) -> Bool {
        switch try string(node, what).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(node, "\(what) must be true or false")
        }
    }

    private func sequence(_ node: Node, _ what: String) throws(IntentLoadError) -> [Node] {
        guard case .sequence(let items) = node else { throw error(node, "\(what) must be a list") }
        return Array(items)
    }

    private func phrases(_ node: Node, _ what: String) throws(IntentLoadError) -> [Phrase] {
        try sequence(node, what).map { item throws(IntentLoadError) in
            let phrase = Phrase(try string(item, what))
            guard !phrase.stems.isEmpty else { throw error(item, "\(what) has an entry with no words") }
            return phrase
        }
    }

    private func checkPlaceholders(_ template: String, at node: Node) throws(IntentLoadError) {
        for name in AnswerTemplate.placeholderNames(in: template) where !Self.placeholders.contains(name) {
            throw error(node, "unknown placeholder {\(name)}; known: \(Self.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", "))")
        }
    }

    private func line(of node: Node) -> Int? { node.mark?.line }

    private func error(_ node: Node, _ message: String) -> IntentLoadError {
        IntentLoadError(file: file, line: line(of: node), message: message)
    }

    private func describe(_ error: YamlError) -> IntentLoadError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return IntentLoadError(file: file, line: mark.line, message: "YAML syntax error: \(problem)")
        case .reader(let problem, _, _, _):
            return IntentLoadError(file: file, line: nil, message: "cannot read the file: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return IntentLoadError(file: file, line: context.mark.line, message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return IntentLoadError(file: file, line: nil, message: "YAML error: \(error)")
        }
    }
}

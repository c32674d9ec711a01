import Yams

/// Reads one intent, entity or language file into the pieces of an `IntentSet`, reporting problems by line.
struct IntentFileParser: YAMLNodeReading {
    /// What one file defined.
    enum Content {
        case intent(IntentDefinition)
        case entity(EntityKind, [EntityValue], line: Int)
        case language(LanguageRules)
        case outOfScope([(text: String, line: Int)])
        case concepts([Concept])
    }

    /// The file's path as shown in messages.
    let file: String

    /// Parses the text of a file.
    func parse(_ text: String) throws(IntentLoadError) -> Content {
        let root: Node?
        do {
            // Every value is read as text, so no scalar needs its type resolved (the default resolver runs regular
            // expressions on each one); and the encoding is named, not worked out again for every file.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
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
        if let kind = fields["entity"] { return try VocabularyFileParser(file: file).entity(kind, fields) }
        if fields["language"] != nil { return .language(try VocabularyFileParser(file: file).language(fields)) }
        if let concepts = fields["concepts"] {
            try rejectUnknown(fields, allowed: ["concepts"])
            return .concepts(try VocabularyFileParser(file: file).concepts(concepts.value))
        }
        if let examples = fields["out-of-scope"] {
            try rejectUnknown(fields, allowed: ["out-of-scope"])
            return .outOfScope(try sequence(examples.value, "out-of-scope").map { item throws(IntentLoadError) in
                (try string(item, "out-of-scope example"), line(of: item) ?? 1)
            })
        }
        throw IntentLoadError(file: file, line: line(of: root), message: "expected an `intent`, `entity`, `language`, `concepts` or `out-of-scope` key")
    }

    // MARK: File kinds

    private static let intentKeys: Set<String> = [
        "intent", "description", "ask-back", "keywords", "entities", "follow-up", "offers-routine", "answer",
        "examples", "red-flag", "symptoms", "priority", "veto", "action", "whole-line", "heard-in", "routine-act", "request",
        "statement-target",
    ]

    /// Placeholders an answer template may use.
    static let placeholders: Set<String> = [
        "exercise", "exercise-title", "dose", "steps", "benefits", "progression", "cautions", "overview", "target", "recommendations",
        "exercise-list", "target-list", "sources", "general-advice", "symptom", "intent-list", "routine", "history", "pain-rating", "settings", "feedback",
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
        var statement: [Phrase] = []
        var statementAlone: [Phrase] = []
        var statementCauses: [Phrase] = []
        if let keywords = fields["keywords"] {
            guard case .mapping(let keywordMapping) = keywords.value else {
                throw error(keywords.value, "`keywords` must be a mapping with `required`, `optional` and `negative` lists")
            }
            let keywordFields = try self.fields(of: keywordMapping)
            try rejectUnknown(keywordFields, allowed: ["required", "optional", "negative", "statement", "statement-alone", "statement-causes"])
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
            if let list = keywordFields["statement"] { statement = try phrases(list.value, "keywords.statement") }
            if let list = keywordFields["statement-alone"] { statementAlone = try phrases(list.value, "keywords.statement-alone") }
            if let list = keywordFields["statement-causes"] { statementCauses = try phrases(list.value, "keywords.statement-causes") }
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
                throw error(level.value, "red-flag must be emergency, urgent or check, not '\(word)'")
            }
            redFlag = parsed
            guard let list = fields["symptoms"] else { throw error(level.key, "a red-flag intent needs `symptoms`") }
            symptoms = try sequence(list.value, "symptoms").map { item throws(IntentLoadError) in try symptom(item) }
            if parsed == .check, let vague = symptoms.first(where: { $0.question == nil || $0.escalatesTo == nil }) {
                throw error(list.value, "symptom '\(vague.name)' of a check intent needs `question` and `escalates-to`")
            }
            if parsed == .emergency, let cleared = symptoms.first(where: \.clearable) {
                throw error(list.value, "symptom '\(cleared.name)' is an emergency: a clinician's all-clear never settles it, so it cannot be `clearable`")
            }
        } else if required.isEmpty {
            throw error(nameNode.key, "intent '\(name)' has no required keywords")
        }
        let exampleNodes = try fields["examples"].map { field throws(IntentLoadError) in try sequence(field.value, "examples") } ?? []
        let examples = try exampleNodes.map { item throws(IntentLoadError) in try string(item, "example") }
        return IntentDefinition(
            id: IntentID(name),
            description: try fields["description"].map { field throws(IntentLoadError) in try string(field.value, "description") } ?? "",
            askBack: askBack,
            required: required,
            optional: optional,
            negative: negative,
            statement: statement,
            statementAlone: statementAlone,
            statementCauses: statementCauses,
            statementTarget: try fields["statement-target"].map { field throws(IntentLoadError) in try string(field.value, "statement-target") },
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
            routineAct: try fields["routine-act"].map { field throws(IntentLoadError) in
                let word = try string(field.value, "routine-act")
                guard let act = IntentAction(rawValue: word), IntentAction.routineControls.contains(act) else {
                    throw error(field.value, "routine-act must be a routine control (\(IntentAction.routineControls.map(\.rawValue).sorted().joined(separator: ", "))), not '\(word)'")
                }
                return act
            },
            wholeLine: try fields["whole-line"].map { field throws(IntentLoadError) -> WholeLine in
                let word = try string(field.value, "whole-line").lowercased()
                guard let scope = WholeLine(rawValue: word == "yes" ? "true" : word == "no" ? "false" : word) else {
                    throw error(field.value, "whole-line must be one of \(WholeLine.allCases.map(\.rawValue).joined(separator: ", ")), not '\(word)'")
                }
                return scope
            } ?? .no,
            request: try fields["request"].map { field throws(IntentLoadError) in try bool(field.value, "request") } ?? false,
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
        try rejectUnknown(fields, allowed: ["name", "patterns", "unless", "unless-in-line", "question", "escalates-to", "scope", "clearable", "line-wide"])
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
        let question = try fields["question"].map { field throws(IntentLoadError) in try string(field.value, "question") }
        let escalatesTo = try fields["escalates-to"].map { field throws(IntentLoadError) -> RedFlagLevel in
            let word = try string(field.value, "escalates-to")
            guard let level = RedFlagLevel(rawValue: word), level.isUrgent else { throw error(field.value, "escalates-to must be emergency or urgent, not '\(word)'") }
            return level
        }
        var symptom = Symptom(name: try string(name.value, "name"), patterns: parsed, unless: unless, unlessInLine: unlessInLine,
                              question: question, escalatesTo: escalatesTo)
        if let field = fields["scope"] {
            let word = try string(field.value, "scope")
            guard let scope = SymptomScope(rawValue: word) else { throw error(field.value, "scope must be every-line or unclear-lines, not '\(word)'") }
            symptom.scope = scope
        }
        symptom.clearable = try fields["clearable"].map { field throws(IntentLoadError) in try bool(field.value, "clearable") } ?? false
        if let field = fields["line-wide"] {
            symptom.lineWide = try phrases(field.value, "line-wide")
            let written = Set(parsed.joined().joined().map(\.text))
            if let stray = symptom.lineWide.first(where: { !written.contains($0.text) }) {
                throw error(field.value, "line-wide '\(stray.text)' is in none of the symptom's patterns")
            }
        }
        return symptom
    }

    private func checkPlaceholders(_ template: String, at node: Node) throws(IntentLoadError) {
        for name in AnswerTemplate.placeholderNames(in: template) where !Self.placeholders.contains(name) {
            throw error(node, "unknown placeholder {\(name)}; known: \(Self.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", "))")
        }
    }
}

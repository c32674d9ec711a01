import Yams

/// Reads the vocabulary files of an intent folder: entity names (`entity: exercise`, `entity: target`) and the
/// language rules (fillers, negations, misspellings).
struct VocabularyFileParser: YAMLNodeReading {
    /// The file's path as shown in messages.
    let file: String

    func entity(_ kindField: (key: Node, value: Node), _ topFields: [String: (key: Node, value: Node)]) throws(IntentLoadError) -> IntentFileParser.Content {
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

    func language(_ fields: [String: (key: Node, value: Node)]) throws(IntentLoadError) -> LanguageRules {
        try rejectUnknown(fields, allowed: ["language", "fillers", "negators", "negation-reversers", "denials-after", "follow-up-markers", "spellings", "skippable", "someone-else", "their-back", "first-person", "question-markers", "other-body-parts", "hedges", "reporting", "past-episode", "emoji", "not-negations", "list-denials-after", "clinicians", "all-clear", "shared-by-speaker"])
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
        rules.someoneElse = try list("someone-else")
        rules.theirBack = try list("their-back")
        rules.questionMarkers = try list("question-markers")
        rules.hedges = try list("hedges")
        rules.reporting = try list("reporting")
        rules.pastEpisode = try list("past-episode")
        rules.notNegations = try list("not-negations")
        rules.listDenialsAfter = try list("list-denials-after")
        rules.clinicians = try list("clinicians")
        rules.allClear = try list("all-clear")
        rules.sharedBySpeaker = try list("shared-by-speaker")
        rules.firstPerson = try words("first-person")
        rules.otherBodyParts = try words("other-body-parts")
        if let field = fields["spellings"] {
            guard case .mapping(let pairs) = field.value else { throw error(field.value, "`spellings` must map a misspelling to its word") }
            for (typed, meant) in pairs {
                rules.spellings[try string(typed, "misspelling").lowercased()] = try string(meant, "spelling").lowercased()
            }
        }
        if let field = fields["emoji"] {
            guard case .mapping(let pairs) = field.value else { throw error(field.value, "`emoji` must map an emoji to the words it stands for") }
            for (symbol, words) in pairs {
                let typed = try string(symbol, "emoji")
                guard !typed.isEmpty, typed.unicodeScalars.allSatisfy({ $0.value >= 0x80 }) else {
                    throw error(symbol, "`emoji` keys must be emoji, not letters: '\(typed)'")
                }
                rules.emoji[typed] = try string(words, "words of an emoji").lowercased()
            }
        }
        return rules
    }

    /// A concepts file: each name maps to its `forms` and the `other-senses` that rule them out.
    func concepts(_ node: Node) throws(IntentLoadError) -> [Concept] {
        guard case .mapping(let mapping) = node else { throw error(node, "`concepts` must map each concept name to `forms`") }
        var result: [Concept] = []
        for (key, value) in mapping {
            let name = try string(key, "concept name")
            guard !name.isEmpty, name.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
                throw error(key, "concept name '\(name)' must be lower-case words joined by hyphens")
            }
            guard case .mapping(let body) = value else { throw error(value, "concept '\(name)' needs `forms`") }
            let fields = try fields(of: body)
            try rejectUnknown(fields, allowed: ["forms", "other-senses"])
            guard let forms = fields["forms"] else { throw error(key, "concept '\(name)' needs `forms`") }
            let others = try fields["other-senses"].map { field throws(IntentLoadError) in try phrases(field.value, "other-senses") } ?? []
            result.append(Concept(name: name, forms: try phrases(forms.value, "forms"), otherSenses: others, file: file, line: line(of: key) ?? 1))
        }
        return result
    }
}

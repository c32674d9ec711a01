/// Replaces every `$name` in an intent set's phrase lists by the named concept's forms, each carrying the
/// concept's other senses; remembers which concepts were used, for `intents check`.
struct ConceptExpander {
    private let concepts: [String: Concept]
    /// The concepts some phrase list named.
    private(set) var used: Set<String> = []

    /// Prepares an expander; a concept defined twice is an error.
    init(_ concepts: [Concept]) throws(IntentLoadError) {
        var byName: [String: Concept] = [:]
        for concept in concepts {
            if let earlier = byName[concept.name] {
                throw IntentLoadError(file: concept.file, line: concept.line, message: "concept '\(concept.name)' is already defined in \(earlier.file):\(earlier.line)")
            }
            byName[concept.name] = concept
        }
        self.concepts = byName
    }

    /// A phrase list with each `$name` replaced by the concept's forms.
    mutating func expand(_ phrases: [Phrase], file: String, line: Int) throws(IntentLoadError) -> [Phrase] {
        var result: [Phrase] = []
        for phrase in phrases {
            guard let name = phrase.conceptName else {
                result.append(phrase)
                continue
            }
            guard let concept = concepts[name] else {
                throw IntentLoadError(file: file, line: line, message: "unknown concept $\(name); known: \(concepts.keys.sorted().map { "$\($0)" }.joined(separator: ", "))")
            }
            used.insert(name)
            result += concept.expandedForms
        }
        return result
    }

    /// An intent with its keywords and symptom patterns expanded.
    mutating func expand(_ intent: IntentDefinition) throws(IntentLoadError) -> IntentDefinition {
        let (file, line) = (intent.file, intent.line)
        var required: [[Phrase]] = []
        for group in intent.required { required.append(try expand(group, file: file, line: line)) }
        var symptoms: [Symptom] = []
        for symptom in intent.symptoms {
            var patterns: [[[Phrase]]] = []
            for pattern in symptom.patterns {
                var groups: [[Phrase]] = []
                for group in pattern { groups.append(try expand(group, file: file, line: line)) }
                patterns.append(groups)
            }
            var expanded = Symptom(name: symptom.name, patterns: patterns, unless: try expand(symptom.unless, file: file, line: line),
                                   unlessInLine: try expand(symptom.unlessInLine, file: file, line: line),
                                   question: symptom.question, escalatesTo: symptom.escalatesTo)
            expanded.scope = symptom.scope
            expanded.clearable = symptom.clearable
            expanded.lineWide = try expand(symptom.lineWide, file: file, line: line)
            symptoms.append(expanded)
        }
        return IntentDefinition(
            id: intent.id, description: intent.description, askBack: intent.askBack, required: required,
            optional: try expand(intent.optional, file: file, line: line), negative: try expand(intent.negative, file: file, line: line),
            statement: try expand(intent.statement, file: file, line: line),
            statementAlone: try expand(intent.statementAlone, file: file, line: line),
            statementCauses: try expand(intent.statementCauses, file: file, line: line), statementTarget: intent.statementTarget,
            exercise: intent.exercise, target: intent.target, followUp: intent.followUp, priority: intent.priority, veto: intent.veto,
            action: intent.action, heardIn: intent.heardIn, routineAct: intent.routineAct, wholeLine: intent.wholeLine, request: intent.request, offersRoutine: intent.offersRoutine,
            answer: intent.answer, examples: intent.examples, exampleLines: intent.exampleLines, redFlag: intent.redFlag,
            symptoms: symptoms, file: file, line: line)
    }

    /// An entity value with its names expanded.
    mutating func expand(_ value: EntityValue, file: String, line: Int) throws(IntentLoadError) -> EntityValue {
        EntityValue(id: value.id, label: value.label, names: try expand(value.names, file: file, line: line),
                    weakNames: try expand(value.weakNames, file: file, line: line), notNames: try expand(value.notNames, file: file, line: line))
    }
}

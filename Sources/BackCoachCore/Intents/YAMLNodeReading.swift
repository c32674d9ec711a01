import Yams

/// Reads YAML nodes of one file into values, reporting problems with the file and line: shared by the intent and
/// vocabulary file parsers.
protocol YAMLNodeReading {
    /// The file's path as shown in messages.
    var file: String { get }
}

extension YAMLNodeReading {
    func fields(of mapping: Node.Mapping) throws(IntentLoadError) -> [String: (key: Node, value: Node)] {
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let name = try string(key, "key")
            if result[name] != nil { throw error(key, "`\(name)` appears twice") }
            result[name] = (key, value)
        }
        return result
    }

    func rejectUnknown(_ fields: [String: (key: Node, value: Node)], allowed: Set<String>) throws(IntentLoadError) {
        for (name, field) in fields where !allowed.contains(name) {
            throw error(field.key, "unknown key `\(name)`; expected one of: \(allowed.sorted().joined(separator: ", "))")
        }
    }

    func string(_ node: Node, _ what: String) throws(IntentLoadError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "\(what) must be text") }
        return scalar.string
    }

    func bool(_ node: Node, _ what: String) throws(IntentLoadError) -> Bool {
        switch try string(node, what).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(node, "\(what) must be true or false")
        }
    }

    func sequence(_ node: Node, _ what: String) throws(IntentLoadError) -> [Node] {
        guard case .sequence(let items) = node else { throw error(node, "\(what) must be a list") }
        return Array(items)
    }

    func phrases(_ node: Node, _ what: String) throws(IntentLoadError) -> [Phrase] {
        try sequence(node, what).map { item throws(IntentLoadError) in
            let phrase = Phrase(try string(item, what))
            guard !phrase.stems.isEmpty else { throw error(item, "\(what) has an entry with no words") }
            return phrase
        }
    }

    func line(of node: Node) -> Int? { node.mark?.line }

    func error(_ node: Node, _ message: String) -> IntentLoadError {
        IntentLoadError(file: file, line: line(of: node), message: message)
    }

    func describe(_ error: YamlError) -> IntentLoadError {
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

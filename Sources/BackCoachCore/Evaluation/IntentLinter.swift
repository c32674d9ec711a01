import Foundation

/// Checks an intent folder: syntax, entity types, keywords that make an intent unreachable, and examples that
/// do not match their own intent.
public struct IntentLinter {
    /// The knowledge base intents are checked against.
    public let knowledge: KnowledgeBase

    /// Makes a linter.
    public init(knowledge: KnowledgeBase = .article) {
        self.knowledge = knowledge
    }

    /// Lints a folder; a load error is the only finding when the folder cannot load.
    public func lint(folder: URL) -> [LintFinding] {
        do {
            return lint(try IntentSet(folder: folder, knowledge: knowledge))
        } catch {
            return [LintFinding(severity: .error, file: error.file, line: error.line, message: error.message)]
        }
    }

    /// Lints a loaded set.
    public func lint(_ intents: IntentSet) -> [LintFinding] {
        var findings: [LintFinding] = []
        findings += conceptProblems(intents)
        for intent in intents.intents {
            findings += selfContradictions(intent)
            if intent.examples.isEmpty {
                findings.append(LintFinding(severity: .warning, file: intent.file, line: intent.line, message: "intent '\(intent.id)' has no examples"))
            }
        }
        findings += shadowing(intents)
        let evaluator = IntentEvaluator(intents: intents, knowledge: knowledge)
        for testCase in evaluator.exampleCases() {
            let predicted = evaluator.predict(testCase)
            guard predicted.intent != testCase.intent else { continue }
            let parts = testCase.origin.split(separator: ":")
            let what = testCase.intent == .outOfScope
                ? "out-of-scope line \"\(testCase.turns[0])\" is answered as '\(predicted.intent)'"
                : "example \"\(testCase.turns.last ?? "")\" matches '\(predicted.intent)' instead of '\(testCase.intent)'"
            findings.append(LintFinding(severity: .error, file: parts.dropLast().joined(separator: ":"), line: Int(parts.last ?? ""), message: what))
        }
        return findings
    }

    /// A keyword that is also a negative keyword of the same intent can never help it.
    private func selfContradictions(_ intent: IntentDefinition) -> [LintFinding] {
        let negatives = Set(intent.negative.map(\.stems))
        return intent.required.joined().filter { negatives.contains($0.stems) }.map { phrase in
            LintFinding(severity: .error, file: intent.file, line: intent.line,
                        message: "'\(phrase.text)' is both a required and a negative keyword of '\(intent.id)'")
        }
    }

    /// Two intents with the same required keyword groups and entities: only one can ever win.
    private func shadowing(_ intents: IntentSet) -> [LintFinding] {
        var findings: [LintFinding] = []
        let regular = intents.intents.filter { $0.redFlag == nil }
        for (index, first) in regular.enumerated() {
            for second in regular[(index + 1)...] {
                let sameKeywords = Set(first.required.map { Set($0.map(\.stems)) }) == Set(second.required.map { Set($0.map(\.stems)) })
                if sameKeywords, first.exercise == second.exercise, first.target == second.target, first.negative == second.negative {
                    findings.append(LintFinding(
                        severity: .error, file: second.file, line: second.line,
                        message: "'\(second.id)' has the same required keywords and entities as '\(first.id)' (\(first.file):\(first.line)); one of them can never be chosen"))
                }
            }
        }
        return findings
    }

    /// Concepts nothing uses, and forms that two concepts share (one wording, two meanings to keep in step).
    func conceptProblems(_ intents: IntentSet) -> [LintFinding] {
        var findings: [LintFinding] = []
        var owner: [[String]: Concept] = [:]
        for concept in intents.concepts {
            if !intents.usedConcepts.contains(concept.name) {
                findings.append(LintFinding(severity: .warning, file: concept.file, line: concept.line, message: "concept $\(concept.name) is not used by any intent, pattern or entity"))
            }
            for form in concept.forms {
                if let other = owner[form.stems], other.name != concept.name {
                    findings.append(LintFinding(severity: .warning, file: concept.file, line: concept.line, message: "concepts $\(other.name) and $\(concept.name) share the form '\(form.text)'"))
                } else {
                    owner[form.stems] = concept
                }
                if concept.otherSenses.contains(where: { $0.stems == form.stems }) {
                    findings.append(LintFinding(severity: .error, file: concept.file, line: concept.line, message: "concept $\(concept.name) lists '\(form.text)' both as a form and as another sense"))
                }
            }
        }
        return findings
    }
}

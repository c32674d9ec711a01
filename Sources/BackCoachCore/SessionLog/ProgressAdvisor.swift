import Foundation

/// Answers questions about past sessions and suggests the next level, never beyond the article's ranges; simulated
/// sessions never count.
public struct ProgressAdvisor: Sendable {
    /// Completed sessions at a level before the coach suggests the next one.
    public static let sessionsBeforeNextLevel = 3

    /// The knowledge base the doses come from.
    public let knowledge: KnowledgeBase

    /// Makes an advisor.
    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// "Last time you…", sessions in the last 7 days, and a suggestion when one is due.
    public func summary(of records: [SessionRecord], now: Date) -> String {
        let records = records.filter { !$0.simulated }
        guard let last = records.last else { return Messages.noSessions }
        var lines = [describeLast(last, now: now)]
        let week = records.filter { now.timeIntervalSince($0.started) < 7 * 86_400 }
        lines.append(Messages.sessionsThisWeek(week.count, completed: week.filter(\.isCompleted).count))
        if let suggestion = suggestion(for: records) { lines.append(suggestion) }
        return lines.joined(separator: "\n")
    }

    /// When an exercise was last done (in full or in part) and in how many sessions of the last 7 days.
    public func summary(of records: [SessionRecord], exercise id: ExerciseID, now: Date) -> String {
        let name = knowledge.exercise(id: id)?.spokenName ?? id.rawValue
        let done = records.filter { record in
            !record.simulated && record.exercises.contains { $0.exercise == id && ($0.status == .completed || $0.status == .partial) }
        }
        guard let last = done.last, let result = last.exercises.last(where: { $0.exercise == id }) else {
            return Messages.exerciseNeverDone(name)
        }
        let week = done.filter { now.timeIntervalSince($0.started) < 7 * 86_400 }.count
        return Messages.exerciseLastDone(name, when: Self.format(last.started), dose: result.dose, status: result.status.rawValue, sessionsThisWeek: week)
    }

    /// A suggestion to move up a level, after enough completed sessions at the latest level.
    public func suggestion(for records: [SessionRecord]) -> String? {
        let records = records.filter { !$0.simulated }
        guard let level = records.last?.level else { return nil }
        var streak = 0
        for record in records.reversed() {
            guard record.level == level else { break }
            if record.isCompleted { streak += 1 }
        }
        guard streak >= Self.sessionsBeforeNextLevel else { return nil }
        guard let next = level.next else { return Messages.atTopLevel }
        return Messages.suggestNextLevel(count: streak, level: level, next: next, changes: changes(from: level, to: next))
    }

    /// What changes between two levels, in words: "wall sits 20 s → 40 s, …".
    func changes(from level: RoutineLevel, to next: RoutineLevel) -> String {
        let builder = RoutineBuilder(knowledge: knowledge)
        return knowledge.exercises.compactMap { exercise -> String? in
            let before = builder.item(for: exercise, level: level).doseDescription
            let after = builder.item(for: exercise, level: next).doseDescription
            return before == after ? nil : "\(exercise.spokenName) \(before) → \(after)"
        }.joined(separator: "; ")
    }

    /// A session's start as "Mon 30 Nov, 07:45", in local time.
    private static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE d MMM, HH:mm"
        return formatter.string(from: date)
    }

    private func describeLast(_ record: SessionRecord, now: Date) -> String {
        let outcome: String
        switch record.outcome {
        case .completed: outcome = "completed a \(record.level.rawValue) routine in \(Messages.duration(record.seconds))"
        case .pain: outcome = "stopped a \(record.level.rawValue) routine for pain"
        case .redFlag: outcome = "stopped a routine for a symptom that needs a doctor"
        default: outcome = "did part of a \(record.level.rawValue) routine (\(Messages.duration(record.seconds)))"
        }
        let exercises = record.exercises.map { result in
            let name = knowledge.exercise(id: result.exercise)?.spokenName ?? result.exercise.rawValue
            return "\(name) \(result.dose) (\(result.status.rawValue))"
        }.joined(separator: ", ")
        return Messages.lastSession(when: Self.format(record.started), outcome: outcome, exercises: exercises)
    }
}

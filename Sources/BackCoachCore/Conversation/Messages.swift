/// Every fixed sentence the coach says, in one place; answers about exercises come from the intent files.
public enum Messages {
    // MARK: Session

    /// The banner shown when an interactive session starts.
    public static let banner = """
        BackCoach: exercises for chronic back pain, from one article (WebMD, Yoga International, Coach Magazine).
        Exercise information only, not diagnosis or treatment: check with your doctor before you start.
        Ask a question ("which stretch helps tight hamstrings?"), say "start a routine", or "help". Ctrl-D or "quit" ends.
        """
    /// The interactive prompt.
    public static let prompt = "backcoach> "
    /// Said when an interactive session ends.
    public static let goodbye = "Take care of your back. Bye!"

    // MARK: Answers that are not about one exercise

    /// Where the advice comes from.
    public static let sources = "Everything I teach comes from the article \"Chronic Back Pain? Here are Some Exercises to Strengthen Your Back\". It cites WebMD (the partial-crunch dose and the towel hamstring stretch), Yoga International (the reclining twist instructions) and Coach Magazine (wall-sit holds and rest). The clam-shell instructions are quoted without a named source. A few standard cues not in the article are marked as such."

    /// What the coach can help with, for "help" and "what can you do?".
    public static func capabilities(exercises: [String]) -> String {
        """
        I can help with \(exercises.count) back exercises from the article: \(list(exercises)). Ask me:
        - which exercise helps tight hamstrings, hips, sciatica, core, glutes, the spine, mobility or a cool-down
        - how many reps, how long to hold, how much rest, per side or leg
        - how to do an exercise, why it helps, how to progress, what to avoid
        - where the advice comes from, and whether to see a doctor first
        - "start a routine" (or "a quick 10-minute routine", "a routine for my hips") and I'll guide you through it
        - "what did I do last time?" or "how many sessions this week?"
        - "explain" after an answer shows how I understood you
        Medication, surgery, injection, scan and diagnosis questions are for your doctor or pharmacist.
        """
    }

    /// Labels inside exercise answers.
    public static let doseLabel = "Dose: "
    /// Labels the first caution of a recommended exercise.
    public static let cautionLabel = "Caution: "
    /// Labels the general advice after every exercise's cautions.
    public static let inGeneralLabel = "In general: "

    /// When someone asks whether an exercise helps something the article does not link it to.
    public static func notLinked(exercise: String, target: String, instead: [String]) -> String {
        let alternative = instead.isEmpty ? "" : " For \(target) it suggests \(instead.joined(separator: " and "))."
        return "The article doesn't say \(exercise) \(exercise.hasPrefix("the ") ? "helps" : "help") with \(target).\(alternative)"
    }

    // MARK: Understanding

    /// The answer to a line the matcher could not place.
    public static func notUnderstood(exercises: [String]) -> String {
        "Sorry, I didn't understand that. I can answer questions about \(exercises.count) back exercises from the article: \(list(exercises)) (which one helps what, how many, how long, how to do them, what to avoid), and guide you through a routine."
    }
    /// Offers the nearest thing the coach can answer after a line it did not understand.
    public static func didYouMean(_ phrase: String) -> String {
        "Did you mean \(phrase)? (yes/no)"
    }
    /// Names in a sentence: "a, b and c".
    public static func list(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// Asks which exercise a question is about.
    public static func askExercise(_ exercises: [String]) -> String {
        "Which exercise do you mean: \(exercises.dropLast().joined(separator: ", ")) or \(exercises.last ?? "")?"
    }
    /// Asks which target a question is about.
    public static let askTarget = "What would you like it to help with: tight hamstrings, hips, sciatica, core, glutes, the spine, mobility or a cool-down?"

    /// Asks which of two readings was meant.
    public static func askBack(_ first: String, _ second: String) -> String {
        "Do you mean \(first), or \(second)?"
    }

    // MARK: Offers

    /// Offers to start a routine of one exercise.
    public static func offer(_ dose: String) -> String { "Want to do \(dose) now? (yes/no)" }
    /// Offers to start a routine for a target.
    public static func offerTarget(_ names: String) -> String { "Want to do a short routine of \(names) now? (yes/no)" }
    /// The polite answer to a declined offer.
    public static let offerDeclined = "No problem. Ask me anything else, or say \"start a routine\" when you're ready."

    // MARK: Routines

    /// A planned dose in words: "20 reps each side", "2 × 20 s hold, 30 s rest between; rep count not from the article".
    public static func dose(reps: Int?, holdSeconds: Int?, rounds: Int, restSeconds: Int?, perSide: Dose.Sides, roundsFromArticle: Bool) -> String {
        let sides = perSide == .none ? "" : " \(perSide.rawValue)"
        if let reps { return "\(reps) reps\(sides)" }
        guard let hold = holdSeconds else { return "untimed hold\(sides)" }
        var text = rounds > 1 ? "\(rounds) × \(hold) s hold\(sides)" : "\(hold) s hold\(sides)"
        if let rest = restSeconds { text += ", \(rest) s rest between" }
        if !roundsFromArticle { text += "; \(repCountNote)" }
        return text
    }
    /// Marks a rep count the article does not give.
    public static let repCountNote = "rep count not from the article"

    /// The beginner dose offered after an answer: "20 clam shells on each side", "2 wall sits of 20 s (…)".
    public static func offerDose(_ item: RoutinePlan.Item, name: String) -> String {
        let sides = item.perSide == .none ? "" : " on \(item.perSide.rawValue)"
        if let reps = item.reps { return "\(reps) \(name)\(sides)" }
        guard let hold = item.holdSeconds else { return "\(name)\(sides)" }
        var notes = item.restSeconds.map { ["\($0) s rest between"] } ?? []
        if !item.roundsFromArticle { notes.append(repCountNote) }
        let detail = notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"
        if name.hasPrefix("the ") { return "\(name) (\(item.rounds) holds of \(hold) s\(sides))" }
        return "\(item.rounds) \(name) of \(hold) s\(sides)\(detail)"
    }

    /// Describes a routine before it starts.
    public static func routineBuilt(level: RoutineLevel, exercises: [String], minutes: Int) -> String {
        "Here's your \(level.rawValue) routine (about \(minutes) min): \(exercises.joined(separator: ", ")). Say done after each set of reps; holds and rests time themselves. Say pause, skip, back, stop, or \"how do I do this?\" at any time."
    }
    /// Heads a step: "Exercise 2 of 5 — Clam shells, left side: 20 reps".
    public static func step(_ step: RoutineStep, name: String, perLeg: Bool) -> String {
        var text = "Exercise \(step.exerciseNumber) of \(step.exerciseCount) — \(name)"
        if let side = step.side { text += ", \(side.rawValue) \(perLeg ? "leg" : "side")" }
        switch step.phase {
        case .getReady:
            text += ": get into position, \(step.seconds ?? 0) s (a standard cue, not from the article). Say done if you're ready sooner."
        case .reps:
            text += ": \(step.reps ?? 0) reps. Say done when you've finished."
        case .hold:
            let round = step.rounds > 1 ? " \(step.round) of \(step.rounds)" : ""
            if let seconds = step.seconds {
                text += ": hold\(round) for \(seconds) s."
            } else {
                text += ": hold as long as is comfortable (the article gives no time). Say done when you're ready."
            }
        case .rest:
            text += ": rest \(step.seconds ?? 0) s."
        }
        return text
    }
    /// Said when a timed step ends.
    public static func timedStepDone(_ step: RoutineStep) -> String {
        switch step.phase {
        case .rest: "Rest over."
        case .getReady: "Go!"
        case .hold, .reps: "Time! Release the hold."
        }
    }
    /// Prompt while a rep step waits.
    public static let awaitingDone = "Say done when you've finished the reps, or skip, back, pause or stop."
    /// The countdown line of a timed step, redrawn in place.
    public static func countdown(phase: StepPhase, bar: String, secondsLeft: Int) -> String {
        "  \(phase == .rest ? "Rest" : phase == .getReady ? "Ready" : "Hold") [\(bar)] \(secondsLeft) s left   p pause · s skip · b back · q stop"
    }
    /// The countdown line while paused.
    public static func countdownPaused(secondsLeft: Int) -> String {
        "  Paused with \(secondsLeft) s left. Press p to resume, q to stop."
    }
    /// Said when a routine pauses.
    public static let paused = "Paused. Say resume (or press p) to go on."
    /// Said when "resume" comes and nothing is paused.
    public static let notPaused = "Not paused: carry on."
    /// Said when a paused routine resumes.
    public static let resumed = "Resumed."
    /// Said when there is nothing to go back to.
    public static let atFirstStep = "This is the first step; starting it again."
    /// Pain during an exercise, from ../shared/red-flags.md, and the choice that follows.
    public static func painStop(_ name: String) -> String {
        "Stop \(name) now and rest. Pain during an exercise means it should wait: talk to your doctor or physical therapist before you try it again."
    }
    /// The choice after pain stopped an exercise.
    public static let painQuestion = "Skip it and go on with the routine, or end the routine? (skip/end)"
    /// Said when a routine is asked for while one runs.
    public static let routineRunning = "A routine is already running. Say stop to end it first."
    /// Offered after a routine was stopped part-way.
    public static let offerResume = "Want to pick it up where you stopped later? Say continue. (yes/no)"
    /// Said when a stopped routine is picked up again.
    public static let routineResumed = "Picking up where you stopped."
    /// Ends the summary of a routine run on a virtual clock.
    public static let simulatedNote = "(Simulated on a virtual clock: logged as simulated, not counted as exercise done.)"
    /// Asked again when the reply to the pain question was neither skip nor end.
    public static let painChoice = "Please say skip to go on without this exercise, or end to finish the routine."
    /// Ends a long answer folded after its first lines.
    public static func foldedMore(_ count: Int, items: Bool) -> String {
        "… and \(count) more \(items ? (count == 1 ? "item" : "items") : (count == 1 ? "line" : "lines")): say more."
    }
    /// The triage question for a red flag said with a hedge ("maybe a bit of a fever, not sure", "I had a cancer scare").
    public static func hedgedQuestion(_ symptom: String) -> String {
        "To be safe: is this true of you, even a little: \(symptom)? (yes/no)"
    }
    /// Said when the answer to a triage question is no.
    public static let triageCleared = "Thank you. Then it isn't one of the warning signs I look out for. If it changes, or new symptoms start, see a doctor."
    /// Said when a no to the urgent advice tells what settles the symptom: the warning is taken back.
    public static let warningWithdrawn = "Thank you for putting me right. Then it isn't that warning sign. If it changes, or new symptoms start, see a doctor before you exercise."
    /// Said after the urgent advice is given again to a no: the no may mean the coach misread the line.
    public static let warnedAfterNo = "If I read you wrong, tell me again in other words."
    /// Asks the triage question again when the answer was neither yes nor no.
    public static func triageAgain(_ question: String) -> String {
        "I need a yes or a no to this first, to be safe: \(question)"
    }
    /// Marks a simulated session in the log.
    public static let simulatedMark = "simulated: virtual clock, not counted"
    /// Heads the list of what a routine did.
    public static let summaryHeading = "Summary:"
    /// The summary at the end of a routine.
    public static func summary(done: [String], stoppedDuring: [String], skipped: [String], pain: [String], notReached: [String], seconds: Int, stopped: Bool) -> String {
        var lines = [stopped ? "Routine stopped after \(duration(seconds))." : "Routine complete in \(duration(seconds)). Well done!", summaryHeading]
        if !done.isEmpty { lines.append("  Done: \(done.joined(separator: ", ")).") }
        if !stoppedDuring.isEmpty { lines.append("  Stopped during: \(stoppedDuring.joined(separator: ", ")).") }
        if !skipped.isEmpty { lines.append("  Skipped: \(skipped.joined(separator: ", ")).") }
        if !pain.isEmpty { lines.append("  Stopped for pain: \(pain.joined(separator: ", ")).") }
        if !notReached.isEmpty { lines.append("  Not reached: \(notReached.joined(separator: ", ")).") }
        return lines.joined(separator: "\n")
    }
    /// A routine request that names an unknown focus.
    public static func unknownFocus(_ focus: String) -> String {
        "I don't have exercises for '\(TextNormalizer.sanitized(focus, limit: 60))'. Try a target like hips, hamstrings, sciatica, core, glutes, spine, mobility or cool-down, or an exercise name."
    }
    /// A time limit too short for any exercise.
    public static func tooShort(minutes: Int, shortestSeconds: Int) -> String {
        "\(minutes) min is too short for even one exercise (the shortest needs about \(duration(shortestSeconds))). Try more minutes."
    }
    /// Said once when the history file could not be saved.
    public static func historyNotSaved(_ reason: String) -> String { "(History is not being saved: \(reason).)" }
    /// Said when the log could not be written.
    public static func logNotSaved(_ reason: String) -> String { "(Couldn't save this session to the log: \(reason).)" }

    // MARK: Session log

    /// When the log has no sessions.
    public static let noSessions = "No sessions logged yet. Say \"start a routine\" to do your first one."
    /// The last session, described.
    public static func lastSession(when: String, outcome: String, exercises: String) -> String {
        "Last time (\(when)) you \(outcome): \(exercises)."
    }
    /// Sessions this week.
    public static func sessionsThisWeek(_ count: Int, completed: Int) -> String {
        "You've done \(count) session\(count == 1 ? "" : "s") in the last 7 days (\(completed) completed)."
    }
    /// Suggests the next level after enough completed sessions.
    public static func suggestNextLevel(count: Int, level: RoutineLevel, next: RoutineLevel, changes: String) -> String {
        "You've completed \(count) \(level.rawValue) sessions. When you're ready, try the \(next.rawValue) level: \(changes). Say \"\(next.rawValue) routine\" to start one."
    }
    /// Said at the top level, where the article's ranges end.
    public static let atTopLevel = "You're at the top of the article's ranges (60-second wall sits, 30-second hamstring holds 4 times a leg, 12 crunches); keep it steady rather than going further."
    /// Log lines that could not be read.
    public static func corruptLogLines(_ count: Int) -> String {
        "(\(count) unreadable line\(count == 1 ? "" : "s") in the session log were skipped.)"
    }

    // MARK: Explanations

    /// Heads an explanation of a match.
    public static func explanation(intent: String?, score: Double, threshold: Double) -> String {
        if let intent { return "Matched intent '\(intent)' with confidence \(format(score)) (threshold \(format(threshold)))." }
        return "No intent reached the threshold \(format(threshold)); best confidence \(format(score))."
    }

    // MARK: Command line

    /// The intent folder could not be loaded; nothing starts with half an intent set.
    public static func intentsRefused(_ problem: String) -> String {
        "cannot load intents: \(problem)"
    }
    /// Lint passed.
    public static func lintPassed(intents: Int, examples: Int) -> String {
        "OK: \(intents) intents, \(examples) examples, no problems."
    }
    /// Lint found problems.
    public static func lintFailed(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
    }

    // MARK: Formatting

    /// "2 min 5 s", "45 s".
    public static func duration(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        return seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds / 60) min \(seconds % 60) s"
    }

    /// A score with two decimals.
    public static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

/// Whose a red flag is: the speaker's, or another person's or animal's told beside the speaker's own question.
extension RedFlagDetector {
    /// Whether a symptom is said of someone else: another person or an animal named before it in its sentence
    /// ("my wife's going through chemo", "my cat is losing weight") with no word for the speaker from there to
    /// the end of the symptom's first clause, or named just after it ("incontinent patients"), and no back in the
    /// line that is not the speaker's ("now her back hurts").
    func belongsToSomeoneElse(_ evidence: [Range<Int>], found: PhraseHits, in line: AnalyzedLine) -> Bool {
        guard let start = evidence.map(\.lowerBound).min() else { return false }
        let others = found.ranges(of: someoneElse)
        guard !namesBackOfOthers(symptomAt: start, others: others, found: found, in: line) else { return false }
        // What happened is told in the clause of the symptom's first part; the speaker's own back in a later clause
        // is not theirs ("my granddad had a fall, anything for my own stiff back").
        let clause = line.tokens[start].clause
        let end = evidence.filter { line.tokens[$0.lowerBound].clause == clause }.map(\.upperBound).max() ?? start + 1
        // Not what the speaker calls themselves ("I'm an IV drug user"), nor the place of a fall ("fell off a horse").
        let selfDescribed = line.tokens[max(0, start - 2)..<start].contains { ["im", "am", "was"].contains($0.text) }
        if end < line.tokens.count, line.tokens[end].clause == clause, !line.isFiller[end - 1], !selfDescribed,
           othersNouns.contains(line.tokens[end].stem) {
            return true
        }
        let sentence = line.tokens[start].sentence
        // The speaker who says they have it too shares it: "my wife has a fever and so do I".
        if found.ranges(of: sharedBySpeaker).contains(where: { $0.lowerBound >= end && line.tokens[$0.lowerBound].sentence == sentence }) {
            return false
        }
        // Someone who reports ("my wife says it's gone curvy") is not whom the symptom is about, unless what they
        // report is about themselves ("my wife says she has a fever").
        let reports = Set(found.ranges(of: reporting).filter { report in
            report.upperBound >= line.tokens.count || !Self.othersPronouns.contains(line.tokens[report.upperBound].text)
        }.map(\.lowerBound))
        let before = others.filter {
            $0.upperBound <= start && line.tokens[$0.lowerBound].sentence == sentence && !reports.contains($0.upperBound)
        }
        guard let nearest = before.max(by: { $0.upperBound < $1.upperBound }) else { return false }
        // The word just after the symptom counts when it is in the symptom's clause: "drove into the back of me".
        let after = end < line.tokens.count && line.tokens[end].clause == line.tokens[end - 1].clause ? end + 1 : end
        let told = Self.endOfRelativeClause(after: nearest.upperBound, in: line)
        return told <= after && !(told..<after).contains { firstPerson.contains(line.tokens[$0].text) }
    }

    /// Whether the line names a back that is not the speaker's: the nearest person named before it in its sentence
    /// is someone else ("her back", "my mum's back"), or nobody is, there or in the sentences before ("now has back
    /// pain"); but "my own stiff back", "I'm on clean-up duty, back's stiff" and "…my own back aches. What would you
    /// suggest for a back that's stiff?" are the speaker's. So is a back in the question asked after a question
    /// marker with nobody named or spoken of in it ("my mum had cancer years ago, anyway what's best for lower back"), a back
    /// told before such a question ("my wife's got sciatica in both legs. as for me, which stretch"), and a back
    /// told in the past episode that someone else's symptom belongs to ("broke his back falling off a roof years ago").
    func namesBackOfOthers(symptomAt start: Int, others: [Range<Int>], found: PhraseHits, in line: AnalyzedLine) -> Bool {
        let pastClauses = Set(found.ranges(of: pastEpisode).map { line.tokens[$0.lowerBound].clause })
        let pastSymptom = pastClauses.contains(line.tokens[start].clause)
        let question = found.ranges(of: questionMarkers).map(\.upperBound).max() ?? ownQuestion(in: line)
        let questionOfOthers = question.map { start in
            others.contains { $0.lowerBound >= start } || line.tokens[start...].contains { Self.othersPronouns.contains($0.text) }
        } ?? true
        return found.ranges(of: theirBack).contains { back in
            if pastSymptom, pastClauses.contains(line.tokens[back.lowerBound].clause) { return false }
            // A back told before the line turns to a question that names nobody else is context: "my wife's got
            // sciatica in both legs, poor thing. as for me, which stretch for tight hammies".
            if let question, back.upperBound <= question, !questionOfOthers { return false }
            if let question, back.lowerBound >= question,
               !others.contains(where: { $0.lowerBound >= question && $0.upperBound <= back.lowerBound }),
               !line.tokens[question..<back.lowerBound].contains(where: { Self.othersPronouns.contains($0.text) }) {
                return false
            }
            return line.owner(of: back.lowerBound, others: others, firstPerson: firstPerson, lookingBack: true) != true
        }
    }

    /// Where the line's last sentence starts, when it is a question of the speaker's own after earlier sentences:
    /// it opens with a question word and names the speaker ("my sister's back curves a bit, she's fine. what's
    /// good for my tight hips").
    func ownQuestion(in line: AnalyzedLine) -> Int? {
        guard let last = line.tokens.last?.sentence, last > 0,
              let start = line.tokens.firstIndex(where: { $0.sentence == last }) else { return nil }
        let sentence = line.tokens[start...]
        guard sentence.contains(where: { firstPerson.contains($0.text) }),
              sentence.prefix(2).contains(where: { IntentMatcher.questionWords.contains($0.text) }) else { return nil }
        return start
    }

    /// Words after a reporting verb that make the report about the one who reports: "she", "he".
    static let othersPronouns: Set<String> = ["she", "shes", "he", "hes", "they", "theyre", "her", "his", "him", "their"]
}

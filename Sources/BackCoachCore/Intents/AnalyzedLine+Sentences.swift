extension AnalyzedLine {
    /// Whose the words at `position` are, by the nearest person named before them in their sentence: the speaker's
    /// (true: "I'm on clean-up duty, back's stiff"), someone else's, named in `others` (false: "my dad's back"), or
    /// nil when nobody is named. Looking back, a sentence naming nobody is about whoever the sentences before it last
    /// named: "All that driving has made my own back ache. What would you suggest for a back that's stiff?"
    func owner(of position: Int, others: [Range<Int>], firstPerson: Set<String>, lookingBack: Bool = false) -> Bool? {
        // The words looked at: those of `anchor`'s sentence before `end`; looking back, the whole sentence before.
        var anchor = position, end = position
        while true {
            let sentence = tokens[anchor].sentence
            let speaker = (0..<end).last { tokens[$0].sentence == sentence && firstPerson.contains(tokens[$0].text) }
            let other = others.filter { $0.upperBound <= end && tokens[$0.lowerBound].sentence == sentence }.map(\.upperBound).max()
            let start = sentenceStart(of: anchor)
            guard lookingBack, speaker == nil, other == nil, start > 0 else { return Self.owner(speaker: speaker, other: other) }
            anchor = start - 1
            end = start
        }
    }

    /// The owner by the last word for the speaker and the end of the last other person named: whichever comes later.
    private static func owner(speaker: Int?, other: Int?) -> Bool? {
        switch (speaker, other) {
        case (nil, nil): return nil
        case (.some, nil): return true
        case (nil, .some): return false
        case (let speaker?, let other?): return speaker >= other
        }
    }

    /// Where the sentence of the word at `position` starts.
    func sentenceStart(of position: Int) -> Int {
        let sentence = tokens[position].sentence
        return (0..<position).last { tokens[$0].sentence != sentence }.map { $0 + 1 } ?? 0
    }

    /// Most words a sentence may have and still be a fragment of the one before or after it.
    static let fragmentLength = 3

    /// Words that open a sentence about what the sentence before it told: "a different kind of pain. It wakes me up".
    static let continuing: Set<String> = ["it", "its", "this", "thats"]

    /// For each token, its passage: its sentence, joined with the sentences next to it when one of two neighbours is
    /// a fragment of at most `fragmentLength` words, as in "numb. down there. both legs too." or "back pain. at
    /// night. doesn't stop.", and with the sentence before when it opens with a word for what that one told.
    func passages() -> [Int] {
        var lengths: [Int: Int] = [:]
        for token in tokens { lengths[token.sentence, default: 0] += 1 }
        var passage = 0
        var result: [Int] = []
        result.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if index > 0, token.sentence != tokens[index - 1].sentence,
               min(lengths[token.sentence] ?? 0, lengths[tokens[index - 1].sentence] ?? 0) > Self.fragmentLength,
               !Self.continuing.contains(token.text) {
                passage += 1
            }
            result.append(passage)
        }
        return result
    }
}

extension AnalyzedLine {
    /// Whose the words at `position` are, by the nearest person named before them in their sentence: the speaker's
    /// (true: "I'm on clean-up duty, back's stiff"), someone else's, named in `others` (false: "my dad's back"), or
    /// nil when nobody is named.
    func owner(of position: Int, others: [Range<Int>], firstPerson: Set<String>) -> Bool? {
        let sentence = tokens[position].sentence
        let speaker = (0..<position).last { tokens[$0].sentence == sentence && firstPerson.contains(tokens[$0].text) }
        let other = others.filter { $0.upperBound <= position && tokens[$0.lowerBound].sentence == sentence }.map(\.upperBound).max()
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
}

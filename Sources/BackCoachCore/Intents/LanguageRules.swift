/// Words the matcher treats specially: fillers it ignores, negations, and follow-up markers.
public struct LanguageRules: Sendable, Hashable {
    /// Words that carry no meaning for matching ("um", "the", "please").
    public var fillers: Set<String> = []
    /// Words that may stand between the words of a keyword phrase ("what even is").
    public var skippable: Set<String> = []
    /// Words that negate what follows in their clause ("no", "don't", "without").
    public var negators: Set<String> = []
    /// Words that deny what was named just before them in the clause ("my bladder is fine").
    public var denialsAfter: [Phrase] = []
    /// Words after a negator that turn it into a symptom ("no control", "no feeling").
    public var negationReversers: Set<String> = []
    /// Phrases that mark a follow-up question ("what about", "and for").
    public var followUpMarkers: [Phrase] = []
    /// Other people and animals a symptom can belong to ("my wife", "the baby", "my cat"): a red flag said of one
    /// of them, with nothing about the speaker in between, is not the speaker's.
    public var someoneElse: [Phrase] = []
    /// Words that make someone else's red flag the question after all: their back, or exercise for them.
    public var theirBack: [Phrase] = []
    /// Phrases after which comes the line's real question ("my question is", "anyway"): requests found only
    /// before the last of them are its context.
    public var questionMarkers: [Phrase] = []
    /// Body parts the coach does not cover ("knee", "neck"): a state said with one of them in its sentence is not
    /// about the back.
    public var otherBodyParts: Set<String> = []
    /// Words that hedge what the person says ("a bit", "maybe", "I think", "a scare"): a red flag said with one in
    /// its clause is asked about with the triage question instead of answered as certain.
    public var hedges: [Phrase] = []
    /// Words that report what another person says or sees ("says", "noticed", "told me"): "my wife says it's gone
    /// curvy" tells the speaker's symptom, not the wife's.
    public var reporting: [Phrase] = []
    /// Words that place what a clause tells in an episode long over ("years ago", "used to"): someone else's red
    /// flag told as one, back and all ("my brother-in-law broke his back years ago"), is not the question.
    public var pastEpisode: [Phrase] = []
    /// Phrases whose negator or denial word denies nothing: exclamations and emphatics ("oh no I think I've wet
    /// myself", "no joke"), amounts ("for a good few years").
    public var notNegations: [Phrase] = []
    /// Phrases that end a clause and deny the short list told before them in their sentence ("he asked about numbness
    /// in the saddle, weakness in the legs, weight loss, and I had none of them").
    public var listDenialsAfter: [Phrase] = []
    /// Words for a clinician or a check by one ("GP", "physio", "x-rayed"), and the all-clear they give ("nothing
    /// broken", "fine to exercise"): a vague red flag told with both, the all-clear after it, has been checked.
    public var clinicians: [Phrase] = []
    /// The all-clear a clinician gives ("nothing broken", "fine to exercise"), read with `clinicians`.
    public var allClear: [Phrase] = []
    /// Words by which the speaker says another's symptom is theirs too ("my wife has a fever and so do I").
    public var sharedBySpeaker: [Phrase] = []
    /// Words for the speaker ("I", "me", "my"): a symptom after one of them is the speaker's.
    public var firstPerson: Set<String> = []
    /// Common misspellings and the words they mean, beyond what typo tolerance catches ("excersize").
    public var spellings: [String: String] = [:]
    /// Emoji and the words they stand for ("🤒": "fever", "👍": "ok"); other emoji are not read.
    public var emoji: [String: String] = [:]

    /// The line with each emoji of `emoji` spelt as its words, skin tones and presentation selectors aside:
    /// "🤒🤒 + bad back pain" reads "fever fever + bad back pain".
    public func spellingOutEmoji(in line: String) -> String {
        guard !emoji.isEmpty, !line.utf8.allSatisfy({ $0 < 0x80 }) else { return line }
        var result = ""
        for character in line {
            let bare = String(String.UnicodeScalarView(character.unicodeScalars.filter { !Self.emojiModifiers.contains($0.value) }))
            if let words = emoji[bare] {
                result += " \(words) "
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The variation selector that asks for emoji presentation, and the five skin tones.
    private static let emojiModifiers: Set<UInt32> = [0xFE0F, 0x1F3FB, 0x1F3FC, 0x1F3FD, 0x1F3FE, 0x1F3FF]
}

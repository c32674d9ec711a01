/// The words an intent set knows, worked out once when the set is built and kept in its compiled form, so reading a
/// compiled set does not walk every phrase again.
public struct Vocabulary: Sendable, Hashable {
    /// Words a typo may be corrected into: every keyword, entity name and language phrase outside red-flag patterns.
    public let correctable: Set<String>
    /// Every known word: the correctable ones and the words only red-flag patterns use ("cancer", "fever").
    public let known: Set<String>

    /// A vocabulary read back from a compiled set.
    init(correctable: Set<String>, known: Set<String>) {
        self.correctable = correctable
        self.known = known
    }

    /// The vocabulary of expanded intents, entity values and language rules.
    init(intents: [IntentDefinition], exercises: [EntityValue], targets: [EntityValue], language: LanguageRules) {
        var words = Set<String>()
        for value in exercises + targets {
            for phrase in value.names + value.weakNames + value.notNames { words.formUnion(phrase.stems) }
        }
        var symptomWords = Set<String>()
        // A concept's forms repeat wherever it is used and share one list of other senses: each is read once.
        var seenSenses = Set<SensesList>()
        func addSenses(_ phrase: Phrase) {
            guard !phrase.otherSenses.isEmpty, seenSenses.insert(SensesList(phrase.otherSenses)).inserted else { return }
            for sense in phrase.otherSenses { words.formUnion(sense) }
        }
        for intent in intents {
            for phrase in intent.required.joined() + intent.optional + intent.negative + intent.statement + intent.statementAlone
                + intent.statementCauses {
                words.formUnion(phrase.stems)
                addSenses(phrase)
            }
            for symptom in intent.symptoms {
                for phrase in symptom.patterns.joined().joined() + symptom.unless + symptom.unlessInLine + symptom.lineWide {
                    symptomWords.formUnion(phrase.stems)
                    addSenses(phrase)
                }
            }
        }
        // Words for other people are known too: "brother" is no typo for "bother".
        for phrase in language.followUpMarkers + language.someoneElse + language.theirBack + language.questionMarkers + language.hedges
            + language.reporting + language.pastEpisode + language.notNegations + language.listDenialsAfter + language.clinicians + language.allClear
            + language.sharedBySpeaker {
            words.formUnion(phrase.stems)
        }
        correctable = words
        known = words.union(symptomWords)
    }
}

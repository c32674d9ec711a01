extension IntentSet {
    /// The set compiled into text that `init(compiled:)` reads back without parsing YAML, stemming a word or
    /// walking a phrase into a trie (the phrase indexes come ready-made); the build compiles `Intents/` this way.
    public func compiled() -> String {
        var writer = ArchiveWriter()
        intents.write(to: &writer)
        exercises.write(to: &writer)
        targets.write(to: &writer)
        language.write(to: &writer)
        writer.writeNumber(UInt(outOfScope.count))
        for line in outOfScope {
            line.text.write(to: &writer)
            line.file.write(to: &writer)
            line.line.write(to: &writer)
        }
        concepts.write(to: &writer)
        usedConcepts.write(to: &writer)
        vocabulary.correctable.write(to: &writer)
        vocabulary.known.subtracting(vocabulary.correctable).write(to: &writer)
        ReadyPhraseIndexes(of: IntentMatcher(intents: self), numbering: writer.phrases).write(to: &writer)
        return writer.text()
    }

    /// Reads a set that `compiled()` wrote, as the build embeds it in the binary.
    public init(compiled text: StaticString) throws(IntentLoadError) {
        let result = text.withUTF8Buffer { bytes in Result { () throws(IntentLoadError) in try IntentSet(compiledBytes: bytes) } }
        self = try result.get()
    }

    /// Reads a set that `compiled()` wrote.
    public init(compiled text: String) throws(IntentLoadError) {
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(IntentLoadError) in try IntentSet(compiledBytes: bytes) } }
        self = try result.get()
    }

    private init(compiledBytes bytes: UnsafeBufferPointer<UInt8>) throws(IntentLoadError) {
        var reader = try ArchiveReader(bytes)
        let intents = try [IntentDefinition](from: &reader)
        let exercises = try [EntityValue](from: &reader)
        let targets = try [EntityValue](from: &reader)
        let language = try LanguageRules(from: &reader)
        var outOfScope: [(text: String, file: String, line: Int)] = []
        for _ in 0..<(try reader.readCount()) {
            outOfScope.append((try String(from: &reader), try String(from: &reader), try Int(from: &reader)))
        }
        let concepts = try [Concept](from: &reader)
        let used = try Set<String>(from: &reader)
        let correctable = try Set<String>(from: &reader)
        let vocabulary = Vocabulary(correctable: correctable, known: correctable.union(try [String](from: &reader)))
        let readyIndexes = try ReadyPhraseIndexes(from: &reader)
        guard reader.isAtEnd else { throw ArchiveReader.damaged("there is more after the last value") }
        self.init(intents: intents, exercises: exercises, targets: targets, language: language, outOfScope: outOfScope,
                  concepts: concepts, usedConcepts: used, vocabulary: vocabulary, readyIndexes: readyIndexes)
    }
}

extension IntentDefinition: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self.init(
            id: IntentID(try String(from: &reader)), description: try String(from: &reader), askBack: try String?(from: &reader),
            required: try [[Phrase]](from: &reader), optional: try [Phrase](from: &reader), negative: try [Phrase](from: &reader),
            statement: try [Phrase](from: &reader), statementAlone: try [Phrase](from: &reader),
            statementCauses: try [Phrase](from: &reader),
            statementTarget: try String?(from: &reader), exercise: try EntityRequirement(from: &reader),
            target: try EntityRequirement(from: &reader), followUp: try Bool(from: &reader), priority: try Int(from: &reader),
            veto: try Bool(from: &reader), action: try IntentAction(from: &reader), heardIn: try DialogueContext?(from: &reader),
            routineAct: try IntentAction?(from: &reader),
            wholeLine: try WholeLine(from: &reader), request: try Bool(from: &reader), offersRoutine: try Bool(from: &reader), answer: try String(from: &reader),
            examples: try [String](from: &reader), exampleLines: try [Int](from: &reader), redFlag: try RedFlagLevel?(from: &reader),
            symptoms: try [Symptom](from: &reader), file: try String(from: &reader), line: try Int(from: &reader))
    }

    func write(to writer: inout ArchiveWriter) {
        id.rawValue.write(to: &writer)
        description.write(to: &writer)
        askBack.write(to: &writer)
        required.write(to: &writer)
        optional.write(to: &writer)
        negative.write(to: &writer)
        statement.write(to: &writer)
        statementAlone.write(to: &writer)
        statementCauses.write(to: &writer)
        statementTarget.write(to: &writer)
        exercise.write(to: &writer)
        target.write(to: &writer)
        followUp.write(to: &writer)
        priority.write(to: &writer)
        veto.write(to: &writer)
        action.write(to: &writer)
        heardIn.write(to: &writer)
        routineAct.write(to: &writer)
        wholeLine.write(to: &writer)
        request.write(to: &writer)
        offersRoutine.write(to: &writer)
        answer.write(to: &writer)
        examples.write(to: &writer)
        exampleLines.write(to: &writer)
        redFlag.write(to: &writer)
        symptoms.write(to: &writer)
        file.write(to: &writer)
        line.write(to: &writer)
    }
}

extension Symptom: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self.init(name: try String(from: &reader), patterns: try [[[Phrase]]](from: &reader), unless: try [Phrase](from: &reader),
                  unlessInLine: try [Phrase](from: &reader), question: try String?(from: &reader),
                  escalatesTo: try RedFlagLevel?(from: &reader))
        scope = try SymptomScope(from: &reader)
        clearable = try Bool(from: &reader)
        lineWide = try [Phrase](from: &reader)
    }

    func write(to writer: inout ArchiveWriter) {
        name.write(to: &writer)
        patterns.write(to: &writer)
        unless.write(to: &writer)
        unlessInLine.write(to: &writer)
        question.write(to: &writer)
        escalatesTo.write(to: &writer)
        scope.write(to: &writer)
        clearable.write(to: &writer)
        lineWide.write(to: &writer)
    }
}

extension EntityValue: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self.init(id: try String(from: &reader), label: try String(from: &reader), names: try [Phrase](from: &reader),
                  weakNames: try [Phrase](from: &reader), notNames: try [Phrase](from: &reader))
    }

    func write(to writer: inout ArchiveWriter) {
        id.write(to: &writer)
        label.write(to: &writer)
        names.write(to: &writer)
        weakNames.write(to: &writer)
        notNames.write(to: &writer)
    }
}

extension Concept: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self.init(name: try String(from: &reader), forms: try [Phrase](from: &reader), otherSenses: try [Phrase](from: &reader),
                  file: try String(from: &reader), line: try Int(from: &reader))
    }

    func write(to writer: inout ArchiveWriter) {
        name.write(to: &writer)
        forms.write(to: &writer)
        otherSenses.write(to: &writer)
        file.write(to: &writer)
        line.write(to: &writer)
    }
}

extension LanguageRules: Archivable {
    init(from reader: inout ArchiveReader) throws(IntentLoadError) {
        self.init()
        fillers = try Set(from: &reader)
        skippable = try Set(from: &reader)
        negators = try Set(from: &reader)
        denialsAfter = try [Phrase](from: &reader)
        negationReversers = try Set(from: &reader)
        followUpMarkers = try [Phrase](from: &reader)
        someoneElse = try [Phrase](from: &reader)
        theirBack = try [Phrase](from: &reader)
        questionMarkers = try [Phrase](from: &reader)
        firstPerson = try Set(from: &reader)
        otherBodyParts = try Set(from: &reader)
        hedges = try [Phrase](from: &reader)
        reporting = try [Phrase](from: &reader)
        pastEpisode = try [Phrase](from: &reader)
        notNegations = try [Phrase](from: &reader)
        listDenialsAfter = try [Phrase](from: &reader)
        clinicians = try [Phrase](from: &reader)
        allClear = try [Phrase](from: &reader)
        sharedBySpeaker = try [Phrase](from: &reader)
        let misspelt = try [String](from: &reader), meant = try [String](from: &reader)
        guard misspelt.count == meant.count else { throw ArchiveReader.damaged("the spellings do not pair up") }
        spellings = Dictionary(zip(misspelt, meant)) { first, _ in first }
        let symbols = try [String](from: &reader), words = try [String](from: &reader)
        guard symbols.count == words.count else { throw ArchiveReader.damaged("the emoji do not pair up") }
        emoji = Dictionary(zip(symbols, words)) { first, _ in first }
    }

    func write(to writer: inout ArchiveWriter) {
        fillers.write(to: &writer)
        skippable.write(to: &writer)
        negators.write(to: &writer)
        denialsAfter.write(to: &writer)
        negationReversers.write(to: &writer)
        followUpMarkers.write(to: &writer)
        someoneElse.write(to: &writer)
        theirBack.write(to: &writer)
        questionMarkers.write(to: &writer)
        firstPerson.write(to: &writer)
        otherBodyParts.write(to: &writer)
        hedges.write(to: &writer)
        reporting.write(to: &writer)
        pastEpisode.write(to: &writer)
        notNegations.write(to: &writer)
        listDenialsAfter.write(to: &writer)
        clinicians.write(to: &writer)
        allClear.write(to: &writer)
        sharedBySpeaker.write(to: &writer)
        let misspelt = spellings.keys.sorted()
        misspelt.write(to: &writer)
        misspelt.map { spellings[$0]! }.write(to: &writer)
        let symbols = emoji.keys.sorted()
        symbols.write(to: &writer)
        symbols.map { emoji[$0]! }.write(to: &writer)
    }
}

extension EntityRequirement: ArchivableByName {}
extension IntentAction: ArchivableByName {}
extension DialogueContext: ArchivableByName {}
extension RedFlagLevel: ArchivableByName {}
extension SymptomScope: ArchivableByName {}
extension WholeLine: ArchivableByName {}

import Foundation

/// Writes a folder of synthetic but valid intent files, `factor` times the size of a real intent folder: every
/// file copied as it is (vocabularies, concepts, language, red flags, acts), and every intent that is not a red
/// flag copied `factor - 1` more times under a new name, each copy with a made-up word of its own added to every
/// plain keyword phrase but the negative ones, in lists on one line or many, and as a required group of its own, so
/// that concept references (`$stiffness`) in required groups need it too; elsewhere a concept becomes the word. The
/// copies load and index like real intents and grow the vocabulary, but never match an ordinary line, so answers stay
/// those of the real set while the set grows.
struct SyntheticIntents {
    /// Why the folder could not be written.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        let description: String
    }

    /// The real intent folder the copies are made from.
    let source: URL
    /// How many times the real set's intents the folder holds (1: a plain copy).
    let factor: Int

    /// Writes the folder at `destination` (created when missing) and returns the number of intents it holds.
    @discardableResult
    func write(to destination: URL) throws(Failure) -> Int {
        let files = (FileManager.default.enumerator(at: source, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
        var intents = 0
        for (index, file) in files.enumerated() {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { throw Failure(description: "cannot read \(file.path)") }
            let name = file.path.dropFirst(source.standardizedFileURL.path.count).replacingOccurrences(of: "/", with: "-")
            try save(text, to: destination.appending(path: "real\(name)"))
            guard text.split(separator: "\n").contains(where: { $0.hasPrefix("intent:") }) else { continue }
            intents += 1
            guard !text.split(separator: "\n").contains(where: { $0.hasPrefix("red-flag:") }) else { continue }
            for copy in 1..<max(1, factor) {
                try save(Self.copy(text, word: Self.word(for: copy * files.count + index)), to: destination.appending(path: "copy-\(copy)\(name)"))
                intents += 1
            }
        }
        return intents
    }

    /// A made-up lower-case word for a number: "zqb", "zqc", … never an English word or a typo of one.
    static func word(for number: Int) -> String {
        var letters = "", rest = number
        repeat {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(rest % 26))))
            rest /= 26
        } while rest > 0
        return "zq" + letters
    }

    /// `text` with the intent renamed after `word`, `word` added to every plain keyword phrase but the negative ones
    /// (lists on one line or running over several, comment lines left alone), concepts outside the required groups
    /// replaced by `word`, and `word` as a required group.
    static func copy(_ text: String, word: String) -> String {
        var inKeywords = false, inList = false, key = ""
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first.isLetter {
                inKeywords = line.hasPrefix("keywords:")
                inList = false
                lines.append(line.hasPrefix("intent:") ? line + "-" + word : String(line))
                continue
            }
            let trimmed = line.drop { $0 == " " }
            guard inKeywords, !trimmed.hasPrefix("#") else {
                lines.append(String(line))
                continue
            }
            if !inList, let name = trimmed.split(separator: ":").first, trimmed.contains(":"), !trimmed.hasPrefix("-") { key = String(name) }
            let open = inList ? line.firstIndex { $0 != " " } : line.firstIndex(of: "[").map { line.index(after: $0) }
            guard let open else {
                lines.append(String(line))
                if trimmed == "required:" { lines.append(String(line.prefix { $0 == " " }) + "  - [\(word)]") }
                continue
            }
            let close = line[open...].firstIndex(of: "]")
            inList = close == nil
            guard key != "negative" else {
                lines.append(String(line))
                continue
            }
            let phrases = line[open..<(close ?? line.endIndex)].split(separator: ",", omittingEmptySubsequences: false).map { phrase -> String in
                let plain = phrase.trimmingCharacters(in: .whitespaces)
                // A concept outside the required groups (which the word's own group guards) would let a copy match
                // by its statement words: it becomes the word.
                if plain.hasPrefix("$") { return key == "required" ? plain : word }
                return plain.isEmpty || plain.first.map({ "@\"'".contains($0) }) == true ? plain : plain + " " + word
            }
            lines.append(line[..<open] + phrases.joined(separator: ", ") + (close.map { line[$0...] } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    private func save(_ text: String, to file: URL) throws(Failure) {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            throw Failure(description: "cannot write \(file.path): \(error)")
        }
    }
}

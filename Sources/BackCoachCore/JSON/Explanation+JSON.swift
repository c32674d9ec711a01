extension Explanation {
    /// Writes the explanation as its `Codable` form reads: sorted keys, `redFlag` only when there is one.
    func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("candidates")
        writer.beginArray()
        for candidate in candidates {
            writer.beginObject()
            writer.key("evidence")
            Self.write(candidate.evidence, to: &writer)
            writer.key("intent")
            writer.string(candidate.intent.rawValue)
            writer.key("score")
            writer.double(candidate.score)
            writer.endObject()
        }
        writer.endArray()
        writer.key("corrections")
        writer.beginArray()
        for correction in corrections {
            writer.beginObject()
            writer.key("typed")
            writer.string(correction.typed)
            writer.key("understood")
            writer.string(correction.understood)
            writer.endObject()
        }
        writer.endArray()
        writer.key("evidence")
        Self.write(evidence, to: &writer)
        writer.key("input")
        writer.string(input)
        if let redFlag {
            writer.key("redFlag")
            writer.string(redFlag)
        }
        writer.key("threshold")
        writer.double(threshold)
        writer.endObject()
    }

    private static func write(_ evidence: [Candidate.Evidence], to writer: inout JSONWriter) {
        writer.beginArray()
        for item in evidence {
            writer.beginObject()
            writer.key("matched")
            writer.string(item.matched)
            writer.key("role")
            writer.string(item.role)
            writer.key("typed")
            writer.string(item.typed)
            writer.endObject()
        }
        writer.endArray()
    }
}

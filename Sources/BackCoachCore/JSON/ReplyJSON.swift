/// The JSON contract of one reply, as `--json` prints it: the keys `confidence` (rounded to hundredths),
/// `exercise`, `explanation` (only when asked for and present), `input`, `intent`, `offer`, `routine`, `text`,
/// `understood` and `urgent`, sorted, absent values as null.
public enum ReplyJSON {
    /// Writes `reply` as one JSON object, with its explanation when `explain` is set.
    public static func write(_ reply: Reply, explain: Bool, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("confidence")
        writer.double((reply.confidence * 100).rounded() / 100)
        writer.key("exercise")
        writer.string(reply.exercise?.rawValue)
        if explain, let explanation = reply.explanation {
            writer.key("explanation")
            explanation.writeJSON(to: &writer)
        }
        writer.key("input")
        writer.string(reply.input)
        writer.key("intent")
        writer.string(reply.intent?.rawValue)
        writer.key("offer")
        writer.string(reply.offer)
        writer.key("routine")
        if let routine = reply.routine { routine.writeJSON(to: &writer) } else { writer.null() }
        writer.key("text")
        writer.string(reply.text)
        writer.key("understood")
        writer.bool(reply.understood)
        writer.key("urgent")
        writer.bool(reply.urgent)
        writer.endObject()
    }
}

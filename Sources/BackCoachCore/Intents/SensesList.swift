/// A phrase's list of other senses as a set member: hashed by its length and first sense, compared in full (a
/// pointer check when two phrases share the list, as a concept's forms do).
struct SensesList: Hashable {
    let senses: [[String]]

    init(_ senses: [[String]]) {
        self.senses = senses
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(senses.count)
        hasher.combine(senses.first)
    }
}

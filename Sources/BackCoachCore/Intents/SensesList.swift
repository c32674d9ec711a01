/// A phrase's list of other senses as a key: hashed by its length alone, compared in full (a pointer check when two
/// phrases share the list, as a concept's forms do), so a phrase's key costs no hashing of its senses' words.
struct SensesList: Hashable {
    let senses: [[String]]

    init(_ senses: [[String]]) {
        self.senses = senses
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(senses.count)
    }
}

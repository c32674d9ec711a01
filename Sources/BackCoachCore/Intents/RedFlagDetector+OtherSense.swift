extension RedFlagDetector {
    /// The clauses another sense rules out: each clause it is said in, and the clause before one that says nothing
    /// else, an afterthought about what was just told ("had glandular fever at uni, long over"; "a fever. That was
    /// 1985."). A clause that says more keeps to itself ("worried about my bladder, I wet myself twice"), and so does
    /// one that only guesses: "sweating and cold at once, might just be the heating".
    static func clausesRuledOut(by senses: [Range<Int>], hedged: Set<Int>, in line: AnalyzedLine) -> Set<Int> {
        var clauses = Set<Int>()
        for sense in senses {
            clauses.formUnion(sense.map { line.tokens[$0].clause })
            let clause = line.tokens[sense.lowerBound].clause
            let saysNothingElse = line.tokens.indices.allSatisfy { index in
                line.tokens[index].clause != clause || sense.contains(index) || line.isFiller[index]
            }
            if saysNothingElse, !hedged.contains(clause), clause > 0 { clauses.insert(clause - 1) }
        }
        return clauses
    }
}

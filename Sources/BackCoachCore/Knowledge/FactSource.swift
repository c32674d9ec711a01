/// Where a fact in the knowledge base comes from.
public enum FactSource: String, Sendable, Codable, CaseIterable {
    /// The article's author, in their own words.
    case article
    /// WebMD, as quoted or cited by the article.
    case webMD = "WebMD"
    /// Yoga International, as quoted by the article.
    case yogaInternational = "Yoga International"
    /// Coach Magazine, as cited by the article.
    case coachMagazine = "Coach Magazine"
    /// A quotation in the article whose source the article does not name.
    case unnamedQuote = "unnamed source quoted by the article"
    /// A standard exercise cue that is not in the article; it never contradicts it.
    case standardCue = "standard cue, not from the article"

    /// How an answer credits this source, or nil for the author's own words.
    public var credit: String? {
        switch self {
        case .article: nil
        case .webMD, .yogaInternational, .coachMagazine: rawValue
        case .unnamedQuote: "quoted in the article, source not named"
        case .standardCue: "standard cue, not from the article"
        }
    }
}

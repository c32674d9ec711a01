/// Every fact the coach teaches, from the article "Chronic Back Pain? Here are Some Exercises to Strengthen Your Back".
public struct KnowledgeBase: Sendable {
    /// The five exercises, in the order the article presents them.
    public let exercises: [Exercise]
    /// The article's general advice that applies to every exercise.
    public let generalAdvice: [Fact]
    /// The sources the article names.
    public let sources: [FactSource]

    /// The article's warning that not every exercise suits every body.
    public static let notForEveryBody = Fact("Some exercises might not be the right fit for your body or condition.")

    /// The exercise with this id, if there is one.
    public func exercise(id: ExerciseID) -> Exercise? {
        exercises.first { $0.id == id }
    }

    /// The exercises that help a target, in the article's order.
    public func exercises(forTarget target: String) -> [Exercise] {
        exercises.filter { $0.targets.contains(target) }
    }

    /// The knowledge base built from the article.
    public static let article = KnowledgeBase(
        exercises: [.partialCrunch, .clamShell, .wallSit, .hamstringStretch, .recliningTwist],
        generalAdvice: [
            Fact("As long as you clear it with a medical professional, you can exercise to relieve stubborn, chronic pain."),
            Fact("Exercise is the most powerful, preventive medicine there is."),
            Fact("Resistance training to prevent or ease the pain works to strengthen your back's supporting muscles."),
            Fact("Before you try any of these moves, talk to an expert who knows your pain points."),
            notForEveryBody,
            Fact("Before trying any of these exercises, talk to your doctor so you don't unnecessarily injure your back further."),
        ],
        sources: [.webMD, .yogaInternational, .coachMagazine]
    )
}

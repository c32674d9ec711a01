extension Exercise {
    /// Partial crunches, with WebMD's dose.
    public static let partialCrunch = Exercise(
        id: "partial-crunch",
        name: "Partial crunches",
        spokenName: "partial crunches",
        kind: .strength,
        targets: ["abs", "core", "gentle", "lower-back"],
        summary: Fact("A small crunch that raises only your shoulders off the floor."),
        benefits: [
            Fact("Partial crunches are hard to over-do, and that's important for people with back issues."),
            Fact("They work your abs: use your mind-muscle connection and tighten the ab."),
        ],
        steps: [
            Fact("Get in crunch position and put your hands behind your neck, but don't pull on it."),
            Fact("Use your mind-muscle connection and tighten your abs."),
            Fact("Raise only your shoulders off the floor, and remember to breathe."),
            Fact("Stay in control of the movement at all times."),
            Fact("Hold for a few seconds."),
            Fact("Don't fling your shoulders down: slowly lower yourself to the starting position."),
        ],
        quotedInstructions: nil,
        dose: Dose(
            reps: 8...12, holdSeconds: nil, times: nil, restSeconds: nil, sides: .none,
            facts: [
                Fact("Repeat the movement 8 to 12 times.", source: .webMD),
                Fact("Hold each one for a few seconds; the article gives no exact time."),
            ]
        ),
        progression: [
            Fact("The article gives no progression beyond WebMD's range."),
            Fact("Repeat the movement 8 to 12 times.", source: .webMD),
        ],
        cautions: [
            Fact("Don't pull on your neck with your hands."),
            Fact("Raise only your shoulders (only!) off the floor."),
            Fact("Don't fling your shoulders down; lower slowly."),
            Fact("Stay in control of the movement at all times, and remember to breathe."),
        ],
        cues: [
            Fact("Hands behind your neck, don't pull on it."),
            Fact("Shoulders only off the floor, hold a few seconds, breathe."),
            Fact("Lower slowly, don't fling your shoulders down."),
        ]
    )

    /// The reclining twist, a yoga stretch for the cool-down, instructions quoted from Yoga International.
    public static let recliningTwist = Exercise(
        id: "reclining-twist",
        name: "Reclining twist",
        spokenName: "the reclining twist",
        kind: .coolDown,
        targets: ["spine", "cool-down", "lower-back"],
        summary: Fact("A yoga stretch, not really an exercise, for your cool-down."),
        benefits: [
            Fact("It isn't really an exercise, but it belongs in your cool-down."),
            Fact("Lying back and dropping your knees from side to side stretches your whole spine."),
            Fact("Adding a leg pretzel-like twist makes it even better."),
        ],
        steps: [
            Fact("Lie on your back with your knees bent, then drop your knees from side to side."),
            Fact("For the full twist, follow Yoga International's instructions:"),
        ],
        quotedInstructions: Fact(
            "Lie on your back, knees bent and feet on the floor near the pelvis. The arms are extended from the shoulders, palms down. Cross the right thigh over the left, wrapping the legs tightly (if possible, catch the left shin with the toes of the right foot). Now lift the pelvis off the floor momentarily, sliding the left hip underneath and toward the center. Then lower the pelvis, twist to the left, and let the wrapped legs release toward the floor.",
            source: .yogaInternational
        ),
        dose: Dose(
            reps: nil, holdSeconds: nil, times: nil, restSeconds: nil, sides: .eachSide,
            facts: [
                Fact("The article gives no hold time or number of repetitions for the reclining twist; it belongs in your cool-down."),
                Fact("Repeat it with the legs crossed the other way, twisting to the right.", source: .standardCue),
            ]
        ),
        progression: [
            Fact("The article gives no progression for the reclining twist; it suggests adding the pretzel-like leg twist to the simple knee drop.")
        ],
        cautions: [
            Fact("It isn't really an exercise: it belongs in your cool-down."),
            Fact("Catch the left shin with the right foot's toes only if possible."),
        ],
        cues: [
            Fact("Knees bent, arms out from the shoulders, palms down."),
            Fact("Cross the thighs, shift the hip, lower and let the legs release toward the floor.", source: .yogaInternational),
        ]
    )

    /// Wall sits, also called rehabilitation squats, with Coach Magazine's progression.
    public static let wallSit = Exercise(
        id: "wall-sit",
        name: "Wall sits",
        spokenName: "wall sits",
        kind: .strength,
        targets: ["mobility", "strength", "lower-back"],
        summary: Fact("Also called rehabilitation squats: a hold that builds strength without the stress."),
        benefits: [
            Fact("This move lets you build strength and skip the stress."),
            Fact("Therapists and doctors commonly use it to help back patients regain mobility."),
        ],
        steps: [
            Fact("Stand with your back flat against a wall and your feet out in front of you.", source: .standardCue),
            Fact("Slide down until you are in a sitting position, as if on an invisible chair, and hold.", source: .standardCue),
            Fact("Slide back up the wall to stand, then rest before the next rep.", source: .standardCue),
        ],
        quotedInstructions: nil,
        dose: Dose(
            reps: nil, holdSeconds: 20...60, times: nil, restSeconds: 30, sides: .none,
            facts: [
                Fact("Beginners should aim for 20 seconds or more a rep."),
                Fact("As you progress you can work up to 60-second holds with 30 seconds of rest in between reps.", source: .coachMagazine),
                Fact("The article gives no number of reps."),
                Fact("A routine does 2 reps, the fewest that rest in between reps allows.", source: .standardCue),
            ]
        ),
        progression: [
            Fact("Beginners should aim for 20 seconds or more a rep."),
            Fact("As you progress, work up to 60-second holds with 30 seconds of rest in between reps.", source: .coachMagazine),
        ],
        cautions: [
            Fact("Build up gradually: beginners aim for 20 seconds or more a rep, working up to 60-second holds."),
            Fact("Keep your back against the wall throughout.", source: .standardCue),
        ],
        cues: [
            Fact("Back flat against the wall, as if sitting on a chair.", source: .standardCue),
            Fact("Breathe steadily while you hold.", source: .standardCue),
        ]
    )

    /// The towel hamstring stretch, as WebMD describes it, instead of standing toe-touches.
    public static let hamstringStretch = Exercise(
        id: "hamstring-stretch",
        name: "Towel hamstring stretch",
        spokenName: "the towel hamstring stretch",
        kind: .stretch,
        targets: ["hamstrings", "lower-back", "toe-touches"],
        summary: Fact("A lying towel stretch for tight hamstrings, the safer alternative to standing toe-touches."),
        benefits: [
            Fact("Tight hamstrings are one of the number one contributors to lower back pain."),
            Fact("So stretch out those hammies properly, the safer way: with a towel, lying down."),
        ],
        steps: [
            Fact("Lie on your back, knees bent, and grab a towel.", source: .webMD),
            Fact("Use the towel to gently pull back one extended, straightened leg.", source: .webMD),
        ],
        quotedInstructions: Fact(
            "Lie on your back and bend one knee. Loop a towel under the ball of your foot. Straighten your knee and slowly pull back on the towel. You should feel a gentle stretch down the back of your leg. Hold for at least 15 to 30 seconds. Do 2 to 4 times for each leg.",
            source: .webMD
        ),
        dose: Dose(
            reps: nil, holdSeconds: 15...30, times: 2...4, restSeconds: nil, sides: .eachLeg,
            facts: [
                Fact("Hold for at least 15 to 30 seconds.", source: .webMD),
                Fact("Do it 2 to 4 times for each leg.", source: .webMD),
            ]
        ),
        progression: [
            Fact("The article gives no progression beyond WebMD's range."),
            Fact("Hold for at least 15 to 30 seconds, 2 to 4 times for each leg.", source: .webMD),
        ],
        cautions: [
            Fact("Avoid standing toe-touches: with chronic back pain they can put more pressure on your back and overstretch it, and they can overstretch your hamstrings."),
            Fact("Pull back gently: you should feel a gentle stretch down the back of your leg.", source: .webMD),
        ],
        cues: [
            Fact("Towel under the ball of your foot, knee straight.", source: .webMD),
            Fact("Pull back slowly until you feel a gentle stretch.", source: .webMD),
        ]
    )

    /// Clam shells, for the hips, lower back, core and sciatica.
    public static let clamShell = Exercise(
        id: "clam-shell",
        name: "Clam shells",
        spokenName: "clam shells",
        kind: .strength,
        targets: ["hips", "sciatica", "glutes", "core", "lower-back"],
        summary: Fact("A side-lying hip exercise physical therapists use for the lower back and sciatica."),
        benefits: [
            Fact("Physical therapists use it to strengthen the lower back and as a treatment for sciatica pain."),
            Fact("It works your lower back and core muscles, plus a little peach (glute) sculpting."),
            Fact("Most importantly, it strengthens your hips: people with weak hips are more likely to overuse their lower back muscles, which can lead to more back pain."),
        ],
        steps: [
            Fact("Lie on your side with your legs stacked and your knees bent at a 45-degree angle."),
            Fact("Don't tense your neck; just lay it on your arm. Use your top arm to steady yourself."),
        ],
        quotedInstructions: Fact(
            "Be sure that your hipbones are stacked on top of one another, as there is a tendency for the top hip to rock backward. Engage your abdominals by pulling your belly button in, as this will help to stabilize your spine and pelvis. Keeping your feet touching, raise your upper knee as high as you can without shifting your hips or pelvis. Don't move your lower leg off the floor. Pause and then return your upper leg to the starting position on the ground. Do 20 reps on each side.",
            source: .unnamedQuote
        ),
        dose: Dose(
            reps: 20...20, holdSeconds: nil, times: nil, restSeconds: nil, sides: .eachSide,
            facts: [Fact("Do 20 reps on each side.", source: .unnamedQuote)]
        ),
        progression: [
            Fact("The article gives no progression for clam shells."),
            Fact("Do 20 reps on each side.", source: .unnamedQuote),
        ],
        cautions: [
            Fact("Keep your hipbones stacked; the top hip tends to rock backward.", source: .unnamedQuote),
            Fact("Don't shift your hips or pelvis, and don't move your lower leg off the floor.", source: .unnamedQuote),
            Fact("Don't tense your neck; lay it on your arm."),
        ],
        cues: [
            Fact("Hips stacked, knees bent at 45 degrees, feet touching."),
            Fact("Belly button in; raise the top knee without rocking the hips.", source: .unnamedQuote),
        ]
    )
}

/// A body temperature stated in a line as a number, for the red-flag pattern `temperature over 38` (degrees
/// Celsius): "temp 38.5", "101.3F", "thirty eight point five", "a hundred and one degrees".
enum StatedTemperature {
    /// For the special phrase `temperature over 38`, the limit it tests in degrees Celsius.
    static func limit(of phrase: Phrase) -> Double? {
        guard phrase.stems.count == 3, phrase.stems[0] == marker, phrase.stems[1] == "over" else { return nil }
        return Double(phrase.stems[2])
    }

    /// Where the line states a temperature of at least `limit` degrees Celsius (or the same in Fahrenheit), if it
    /// does: a number read as a temperature by its scale ("38c", "101 f") or by a word for a temperature near it ("my
    /// temp was 38.5"); never an age or a count ("I'm 40", "39 years", "40 reps"), nor the air or a thing near it
    /// ("38 degrees outside", "the oven at 200").
    static func range(in line: AnalyzedLine, over limit: Double) -> Range<Int>? {
        let words = line.tokens.map(\.text)
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard let reading = reading(at: index, in: words) else { continue }
            let before = index > 0 ? words[index - 1] : ""
            guard !ageWords.contains(before) else { continue }
            var end = reading.last + 1
            if end < words.count, degreeWords.contains(words[end]) { end += 1 }
            let scale = end < words.count ? scales[words[end]] : nil
            if scale != nil { end += 1 }
            if end == reading.last + 1, end < words.count, countWords.contains(words[end]) { continue }
            let near = words[max(0, index - cueReach)..<index] + words[end..<min(words.count, end + cueReach)]
            guard scale != nil || near.contains(where: cues.contains), !near.contains(where: surroundings.contains) else { continue }
            let celsius = switch scale {
            case .celsius: reading.value
            case .fahrenheit: (reading.value - 32) * 5 / 9
            case nil: celsiusRange.contains(reading.value) ? reading.value : (reading.value - 32) * 5 / 9
            }
            // A hundredth below the limit still reaches it: 100.4F is 38C.
            guard celsiusRange.contains(celsius), celsius > limit - 0.01 else { continue }
            return index..<end
        }
        return nil
    }

    /// The number written at `index` ("38", "38.5" as the words "38" and "5", "thirty eight point five", "a hundred
    /// and one"), and the index of its last word.
    private static func reading(at index: Int, in words: [String]) -> (value: Double, last: Int)? {
        var value: Int, last: Int
        if ["a", "one"].contains(words[index]), index + 1 < words.count, words[index + 1] == "hundred" {
            (value, last) = (100, index + 1)
        } else if let number = NumberWords.value(at: index, in: words), Int(words[index]) != nil || number.value >= 20 {
            (value, last) = number
            if last + 1 < words.count, words[last + 1] == "hundred", value < 10 { (value, last) = (value * 100, last + 1) }
        } else {
            return nil
        }
        if value == 100, last + 1 < words.count {
            let next = words[last + 1] == "and" ? last + 2 : last + 1
            if next < words.count, let rest = NumberWords.value(at: next, in: words), rest.value < 100 { (value, last) = (100 + rest.value, rest.last) }
        }
        // A decimal: "point five", or the digits typed after a point or a comma ("38.5", "38,5").
        if last + 2 < words.count, words[last + 1] == "point", let tenths = NumberWords.value(of: words[last + 2]), tenths < 10 {
            return (Double(value) + Double(tenths) / 10, last + 2)
        }
        if last + 1 < words.count, (1...2).contains(words[last + 1].utf8.count), let fraction = Int(words[last + 1]) {
            return (Double(value) + Double(fraction) / (fraction < 10 ? 10 : 100), last + 1)
        }
        return (Double(value), last)
    }

    private enum Scale { case celsius, fahrenheit }

    /// The stem the special phrase starts with.
    private static let marker = TextNormalizer.stem("temperature")
    /// Body temperatures a person may state, in degrees Celsius.
    private static let celsiusRange = 34.0...44.0
    /// How many words away a word for a body temperature, or for the air or a thing, still counts.
    private static let cueReach = 4
    private static let cues: Set<String> = ["temperature", "temp", "temps", "fever", "thermometer", "febrile", "pyrexia", "pyrexial"]
    private static let surroundings: Set<String> = [
        "outside", "outdoors", "weather", "forecast", "heatwave", "sun", "sunny", "shade", "climate", "room", "office", "house",
        "oven", "water", "bath", "shower", "pool", "sea", "sauna", "car", "engine", "fridge", "freezer", "kitchen",
    ]
    private static let degreeWords: Set<String> = ["degrees", "degree", "deg", "degs"]
    private static let scales: [String: Scale] = [
        "c": .celsius, "celsius": .celsius, "centigrade": .celsius, "f": .fahrenheit, "fahrenheit": .fahrenheit,
    ]
    /// Words before a number that make it an age, and after it that make it a count or a measure of something else.
    private static let ageWords: Set<String> = ["im", "am", "aged", "age", "turned", "turning"]
    private static let countWords: Set<String> = [
        "year", "years", "yr", "yrs", "yo", "kg", "kgs", "kilo", "kilos", "stone", "lb", "lbs", "pounds", "minutes", "mins",
        "seconds", "secs", "second", "minute", "reps", "rep", "sets", "times", "day", "days", "week", "weeks", "month", "months",
        "hour", "hours", "hrs", "percent", "am", "pm", "oclock", "miles", "km", "mg", "ml",
    ]
}

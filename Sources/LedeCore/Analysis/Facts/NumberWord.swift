/// What a number word contributes to a number written in words ("two hundred and fifty", "a third").
enum NumberWord {
    /// zero ... nineteen
    case unit(Double)
    /// twenty ... ninety
    case tens(Double)
    /// hundred, thousand, million, billion, trillion (and "bn", "m" after a currency)
    case scale(Double)
    /// "hundreds", "thousands", "dozens", "tens": a vague count at least this large.
    case pluralScale(Double)
    case dozen
    /// half, third, quarter ... and their plurals: the fraction's value.
    case fraction(Double)
    /// "a", "an": one of a scale or fraction ("a dozen", "a third").
    case article

    static let table: [UInt64: NumberWord] = {
        var pairs: [(String, NumberWord)] = []
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (v, w) in units.enumerated() { pairs.append((w, .unit(Double(v)))) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (k, w) in tens.enumerated() { pairs.append((w, .tens(Double(20 + 10 * k)))) }
        pairs += [("hundred", .scale(1e2)), ("thousand", .scale(1e3)), ("million", .scale(1e6)),
                  ("billion", .scale(1e9)), ("trillion", .scale(1e12)),
                  ("tens", .pluralScale(10)), ("dozens", .pluralScale(12)), ("hundreds", .pluralScale(1e2)),
                  ("thousands", .pluralScale(1e3)), ("millions", .pluralScale(1e6)), ("billions", .pluralScale(1e9)),
                  ("dozen", .dozen), ("a", .article), ("an", .article),
                  ("half", .fraction(0.5)), ("halves", .fraction(0.5)), ("third", .fraction(1.0 / 3)),
                  ("thirds", .fraction(1.0 / 3)), ("quarter", .fraction(0.25)), ("quarters", .fraction(0.25)),
                  ("fourth", .fraction(0.25)), ("fourths", .fraction(0.25)), ("fifth", .fraction(0.2)),
                  ("fifths", .fraction(0.2)), ("tenth", .fraction(0.1)), ("tenths", .fraction(0.1))]
        return WordKey.table(pairs)
    }()

    /// Keys of every word that may start a number in words, hyphenated compounds included ("twenty-five").
    static let triggers: Set<UInt64> = {
        var keys = Set(table.keys)
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        for t in tens { for u in units { keys.insert(WordKey.of(t + "-" + u)) } }
        for u in units { for f in ["half", "halves", "third", "thirds", "quarter", "quarters", "fifths", "tenths"] {
            keys.insert(WordKey.of(u + "-" + f))
        } }
        return keys
    }()

    /// Abbreviated scales that follow digits: "$40bn", "€3m", "5k".
    static let abbreviatedScales: [UInt64: Double] =
        WordKey.table([("bn", 1e9), ("b", 1e9), ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("k", 1e3), ("tn", 1e12),
                       ("trn", 1e12)])
}

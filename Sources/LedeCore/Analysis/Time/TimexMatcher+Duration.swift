/// Durations and sets: "six weeks" (P6W), "three-year" (P3Y), "48 hours" (PT48H), "two days ago" (a date),
/// "two years later" (a date after the last one mentioned), "every year" and "each season" (sets).
extension TimexMatcher {
    func matchCount(_ k: Int) -> TimexMatch? {
        if cue(k) == .hyphenDuration, let u = cues[k].unit {
            return TimexMatch(tokens: k..<k + 1, type: .duration, meaning: .literal(u.duration(value(k))))
        }
        guard let (n, next) = count(k) else { return nil }
        if let n, let m = matchCountRange(k, n, next) { return m }
        if let n, cue(next) == .and, cue(next + 1) == .article, cue(next + 2) == .half, let (u, plural) = unit(next + 3),
           plural, sameLine(next + 2) {
            // "two and a half years": P2.5Y.
            return TimexMatch(tokens: k..<next + 4, type: .duration, meaning: .literal(u.duration(fraction: "\(n).5")))
        }
        if cue(k) == .digits, isDash(next), touching(k), touching(next), let (u, plural) = unit(next + 1), !plural {
            // "11-year", "48-hour": a number joined to its unit, used as an adjective.
            if isDash(next + 2), touching(next + 1), cue(next + 3) == .yearOld || cue(next + 3) == .none { return nil }
            return TimexMatch(tokens: k..<next + 2, type: .duration, meaning: .literal(u.duration(n)))
        }
        if cue(k) == .digits, isDash(next), touching(k), touching(next), cue(next + 1) == .yearOld { return nil }
        guard next > k, sameLine(next - 1), let (u, plural) = unit(next) else { return nil }
        if !plural && n != 1 { return nil }
        if plural && n == 1 && cue(k) == .article { return nil }
        let after = next + 1
        switch cue(after) {
        case .ago:
            guard let n else {
                return TimexMatch(tokens: k..<after + 1, type: .date, meaning: .literal("PAST_REF"))
            }
            return TimexMatch(tokens: k..<after + 1, type: .date, meaning: .shifted(u, count: -n))
        case .later, .earlier:
            guard let n else { return nil }
            if u.isTimeOfDay {
                // "six minutes later": how long after, with no calendar value of its own.
                return TimexMatch(tokens: k..<next + 1, type: .duration, meaning: .literal(u.duration(n)))
            }
            let sign = cue(after) == .later ? 1 : -1
            return TimexMatch(tokens: k..<after + 1, type: .date, meaning: .anaphoric(u, offset: sign * n, antecedent: nil))
        case .yearOld:
            return nil  // an age
        case .from:
            if cue(after + 1) == .presentRef, let n {
                return TimexMatch(tokens: k..<after + 2, type: .date, meaning: .shifted(u, count: n))
            }
        default:
            break
        }
        if cue(k) == .article {
            // "a year and a half": P1.5Y.
            if !plural, cue(after) == .and, cue(after + 1) == .article, cue(after + 2) == .half, sameLine(after + 1) {
                return TimexMatch(tokens: k..<after + 3, type: .duration, meaning: .literal(u.duration(fraction: "1.5")))
            }
            // "15 a year", "$300 million a year": a rate, so a set.
            if k > 0, tokens[k - 1].kind == .number || Self.amountWords.contains(s, tokens[k - 1].range)
                || (tokens[k - 1].kind == .symbol && s[tokens[k - 1].range.start] == "%") {
                return TimexMatch(tokens: k..<next + 1, type: .set, meaning: .literal(u.duration(1)))
            }
            // "about a quarter of its dealers": a fraction, not three months.
            if u == .quarter && (cue(after) == .of || (isPunct(after, ",") && cue(after + 1) == .of)) { return nil }
            // "a year" is a duration only where one is expected: "for a year", "nearly a decade", "within a week",
            // and before what it separates: "a day after the announcement".
            switch cue(k - 1) {
            case .durationLead, .within, .over, .around: break
            default:
                guard cue(after) == .after || cue(after) == .before, sameLine(next) else { return nil }
            }
        }
        return TimexMatch(tokens: k..<next + 1, type: .duration, meaning: .literal(u.duration(n)))
    }

    /// "every year", "each season", "every two weeks", "every Tuesday".
    func matchSet(_ k: Int) -> TimexMatch? {
        let j = k + 1
        if let (u, plural) = unit(j), !plural {
            return TimexMatch(tokens: k..<j + 1, type: .set, meaning: .literal(u.duration(1)))
        }
        if let (n, next) = count(j), n != nil, let (u, plural) = unit(next), plural {
            return TimexMatch(tokens: k..<next + 1, type: .set, meaning: .literal(u.duration(n)))
        }
        if cue(j) == .weekday, isCapitalised(j) {
            return TimexMatch(tokens: k..<j + 1, type: .set, meaning: .literal("XXXX-WXX-\(value(j))"))
        }
        if cue(j) == .month, isCapitalised(j) {
            return TimexMatch(tokens: k..<j + 1, type: .set, meaning: .literal("XXXX-" + twoDigits(value(j))))
        }
        if cue(j) == .season, let season = Season(rawValue: value(j)) {
            return TimexMatch(tokens: k..<j + 1, type: .set, meaning: .literal("XXXX-" + season.code))
        }
        return nil
    }

    /// Words an amount ends with, before "a year" makes it a rate: "$300 million a year".
    static let amountWords = WordSet(["million", "billion", "trillion", "thousand", "hundred", "percent", "dollars",
                                      "euros", "pounds", "times"])

    /// "between 60 and 90 days", "five to six weeks", "two or three years": the first count takes the unit
    /// written after the second. Each number is its own duration, as TIMEX3 writes them.
    func matchCountRange(_ k: Int, _ n: Int, _ next: Int) -> TimexMatch? {
        guard cue(next) == .and || cue(next) == .to || cue(next) == .or || isDash(next), sameLine(next - 1), sameLine(next),
              let (m, after) = count(next + 1), m != nil, let (u, plural) = unit(after), plural, sameLine(after - 1),
              cue(after + 1) != .ago, cue(after + 1) != .later, cue(after + 1) != .earlier, cue(after + 1) != .yearOld
        else { return nil }
        // "1980 to 1990 years" is no duration; a year range stays two years.
        guard n < 1000 else { return nil }
        return TimexMatch(tokens: k..<next, type: .duration, meaning: .literal(u.duration(n)))
    }

    /// "half an hour" (PT30M), "half a day", "half a year", "half a century".
    func matchHalf(_ k: Int) -> TimexMatch? {
        guard cue(k) == .half, cue(k + 1) == .article, let (u, plural) = unit(k + 2), !plural, sameLine(k), sameLine(k + 1)
        else { return nil }
        return TimexMatch(tokens: k..<k + 3, type: .duration, meaning: .literal(u.duration(fraction: "0.5")))
    }

    /// "annual profit" (a year's worth: P1Y), "the annual pilgrimage" (every year: a set).
    func matchAnnual(_ k: Int) -> TimexMatch? {
        let amount = k + 1 < tokens.count && sameLine(k) && tokens[k + 1].kind == .word
            && Self.financialWords.contains(s, tokens[k + 1].range)
        return TimexMatch(tokens: k..<k + 1, type: amount ? .duration : .set, meaning: .literal("P1Y"))
    }

    /// "per year", "per day": a rate.
    func matchPer(_ k: Int) -> TimexMatch? {
        guard let (u, plural) = unit(k + 1), !plural, sameLine(k) else { return nil }
        return TimexMatch(tokens: k..<k + 2, type: .set, meaning: .literal(u.duration(1)))
    }

    /// "for years", "within weeks": some number of units (PXY, PXW).
    func matchBareUnits(_ k: Int) -> TimexMatch? {
        guard let (u, plural) = unit(k), plural, u != .second, k > 0, sameLine(k - 1),
              Self.forWord.contains(s, tokens[k - 1].range) || cue(k - 1) == .within else { return nil }
        return TimexMatch(tokens: k..<k + 1, type: .duration, meaning: .literal(u.duration(nil)))
    }

    static let forWord = WordSet(["for"])
    static let throughoutWord = WordSet(["throughout"])

    /// "once a year", "twice a week".
    func matchOnce(_ k: Int) -> TimexMatch? {
        guard cue(k + 1) == .article, let (u, plural) = unit(k + 2), !plural else { return nil }
        return TimexMatch(tokens: k..<k + 3, type: .set, meaning: .literal(u.duration(1)))
    }
}

/// Parts of a year and the edges of a year: "the first quarter of 2024", "Q3 2023", "the second half of
/// the year", "the first quarter of last year", "third-quarter results", "fiscal 2008", "the beginning of 2025".
extension TimexMatcher {
    /// A quarter or half of a year. Quarters and halves of a match ("the first half ended 0 – 0", "In the fourth
    /// quarter, the Bulls led") are not dates, so an ordinal reading needs its year ("of 2024", "2024", "of the
    /// year", "of last year") or a sentence about money ("Ford will close plants during the fourth quarter",
    /// "third-quarter profit"). The code "Q3" is a date by itself.
    func matchPartOfYear(_ k: Int, spanStart: Int) -> TimexMatch? {
        var code: String
        var j: Int
        var needsYear = true
        switch cue(k) {
        case .quarterCode:
            code = "Q\(value(k))"
            j = k + 1
            // "Q3" is a date alone; "third-quarter" is one in business news.
            needsYear = cues[k].plural && !financialContext(k)
        case .halfCode:
            code = "H\(value(k))"
            j = k + 1
            needsYear = !financialContext(k)
        case .ordinalWord, .unit, .final:
            let n: Int
            if cue(k) == .ordinalWord { n = value(k) } else if cue(k) == .final { n = 0 }
            else if let (u, plural) = unit(k), u == .second, !plural { n = 2 } else {
                return nil
            }
            if let (u, plural) = unit(k + 1), u == .quarter, !plural, n <= 4 {
                code = "Q\(n == 0 ? 4 : n)"
            } else if cue(k + 1) == .half, n <= 2 {
                code = "H\(n == 0 ? 2 : n)"
            } else {
                return nil
            }
            j = k + 2
        default:
            return nil
        }
        guard sameLine(j - 1) || j >= tokens.count else { return nil }
        if cue(j) == .of, sameLine(j) {
            if let y = year(j + 1) {
                return TimexMatch(tokens: spanStart..<j + 2, type: .date, meaning: .partOfYear(code, year: y))
            }
            var m = j + 1
            let modifier = cue(m)
            if modifier == .the || modifier == .this || modifier == .last || modifier == .next { m += 1 }
            if let (u, plural) = unit(m), u == .year, !plural {
                // "of last year" counts from the reference year; "of the year", "of this year" is the reference year.
                let meaning: TimexMeaning = modifier == .last || modifier == .next
                    ? .partOfRelativeYear(code, offset: direction(modifier)) : .partOfYear(code, year: nil)
                return TimexMatch(tokens: spanStart..<m + 1, type: .date, meaning: meaning)
            }
        }
        if sameLine(j - 1), let y = year(j) {
            return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .partOfYear(code, year: y))
        }
        // No year written: "Q4", "third-quarter profit", "the fourth quarter" in a sentence about money.
        if cue(k) == .quarterCode || cue(k) == .halfCode {
            if needsYear { return nil }
        } else if !financialContext(k) {
            return nil
        }
        return TimexMatch(tokens: spanStart..<j, type: .date, meaning: .partOfYearAlone(code))
    }

    /// Words of company results and the economy: a quarter or a half named near them is a part of the year.
    static let financialWords = WordSet([
        "profit", "profits", "loss", "losses", "revenue", "revenues", "sales", "earnings", "income", "results",
        "growth", "economy", "economic", "gdp", "billion", "million", "percent", "shares", "quarterly", "fiscal",
        "production", "output", "deliveries", "dividend", "forecast", "margin", "margins", "turnover", "deficit",
        "inflation", "unemployment", "plants", "jobs", "orders",
    ])

    /// Words of a game: a quarter or a half near them is part of a match.
    static let sportWords = WordSet([
        "scored", "score", "scoring", "goal", "goals", "points", "touchdown", "game", "match", "inning", "period",
        "halftime", "half-time", "led", "lead", "minute", "minutes", "whistle", "penalty", "team", "teams",
    ])

    /// A sentence about money, not a game, around token `k` (twelve tokens either side, on the same line).
    func financialContext(_ k: Int) -> Bool {
        var money = false
        var i = max(0, k - 12)
        let end = min(tokens.count, k + 13)
        var lineStart = k
        while lineStart > i && sameLine(lineStart - 1) { lineStart -= 1 }
        i = lineStart
        while i < end {
            if i > k && !sameLine(i - 1) { break }
            let t = tokens[i]
            if t.kind == .symbol && (s[t.range.start] == "$" || s[t.range.start] == "€" || s[t.range.start] == "£"
                                     || s[t.range.start] == "%") {
                money = true
            } else if t.kind == .word {
                if Self.sportWords.contains(s, t.range) { return false }
                if Self.financialWords.contains(s, t.range) { money = true }
            }
            i += 1
        }
        return money
    }

    /// "fiscal 2008", "fiscal year 2008", "FY2008", "FY 2009": the fiscal year (TIMEX3 "FY2008").
    func matchFiscal(_ k: Int) -> TimexMatch? {
        if value(k) > 0 {
            // "FY2008" as one word.
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .literal("FY\(value(k))"))
        }
        var j = k + 1
        if let (u, plural) = unit(j), u == .year, !plural, sameLine(k) { j += 1 }
        guard sameLine(j - 1), let y = year(j) else { return nil }
        return TimexMatch(tokens: k..<j + 1, type: .date, meaning: .literal("FY\(y)"))
    }

    /// "the end of 2024", "the beginning of 2025", "the end of this year", "the end of May": the year or month,
    /// spanning its edge as TIMEX3 spans it (the edge is a modifier the value does not carry). "The end of the
    /// month" stays unmarked, as the GUM news annotation leaves it.
    func matchEndOf(_ k: Int, spanStart: Int) -> TimexMatch? {
        guard cue(k + 1) == .of, sameLine(k) else { return nil }
        if let y = year(k + 2) {
            return TimexMatch(tokens: spanStart..<k + 3, type: .date, meaning: .date(year: y, month: nil, day: nil))
        }
        // "the end of last year", "the beginning of next month": the edge of a relative unit.
        let m = k + 2
        if cue(m) == .this || cue(m) == .last || cue(m) == .next, let (u, plural) = unit(m + 1), !plural,
           u == .year || u == .month || u == .week || u == .decade {
            return TimexMatch(tokens: spanStart..<m + 2, type: .date, meaning: .relativeUnit(u, offset: direction(cue(m))),
                              approximate: true)
        }
        if cue(m) == .month, isCapitalised(m), let month = matchMonthFirst(m) {
            return TimexMatch(tokens: spanStart..<month.tokens.upperBound, type: .date, meaning: month.meaning)
        }
        return nil
    }
}

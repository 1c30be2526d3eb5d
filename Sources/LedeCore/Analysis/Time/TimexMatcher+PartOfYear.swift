/// Parts of a year and the edges of a year: "the first quarter of 2024", "Q3 2023", "the second half of
/// the year", "the beginning of 2025".
extension TimexMatcher {
    /// A quarter or half of a year. Quarters and halves of a match ("the first half ended 0 – 0") are not
    /// dates, so an ordinal reading needs its year: "of 2024", "2024", "of the year", "of this year". The
    /// code "Q3" is a date by itself.
    func matchPartOfYear(_ k: Int, spanStart: Int) -> TimexMatch? {
        var code: String
        var j: Int
        switch cue(k) {
        case .quarterCode:
            code = "Q\(value(k))"
            j = k + 1
        case .ordinalWord, .unit:
            let n: Int
            if cue(k) == .ordinalWord { n = value(k) } else if let (u, plural) = unit(k), u == .second, !plural { n = 2 } else {
                return nil
            }
            if let (u, plural) = unit(k + 1), u == .quarter, !plural, (1...4).contains(n) {
                code = "Q\(n)"
            } else if cue(k + 1) == .half, (1...2).contains(n) {
                code = "H\(n)"
            } else {
                return nil
            }
            j = k + 2
        default:
            return nil
        }
        if cue(j) == .of, sameLine(j) {
            if let y = year(j + 1) {
                return TimexMatch(tokens: spanStart..<j + 2, type: .date, meaning: .partOfYear(code, year: y))
            }
            var m = j + 1
            if cue(m) == .the || cue(m) == .this { m += 1 }
            if let (u, plural) = unit(m), u == .year, !plural {
                return TimexMatch(tokens: spanStart..<m + 1, type: .date, meaning: .partOfYear(code, year: nil))
            }
        }
        if sameLine(j - 1), let y = year(j) {
            return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .partOfYear(code, year: y))
        }
        return cue(k) == .quarterCode
            ? TimexMatch(tokens: spanStart..<j, type: .date, meaning: .partOfYear(code, year: nil)) : nil
    }

    /// "the end of 2024", "the beginning of 2025": the year, spanning its edge as TIMEX3 spans it (the edge is
    /// a modifier the value does not carry). "The end of the month" stays unmarked, as the GUM news
    /// annotation leaves it.
    func matchEndOf(_ k: Int, spanStart: Int) -> TimexMatch? {
        guard cue(k + 1) == .of, let y = year(k + 2) else { return nil }
        return TimexMatch(tokens: spanStart..<k + 3, type: .date, meaning: .date(year: y, month: nil, day: nil))
    }
}

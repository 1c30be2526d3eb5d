/// Durations and sets: "six weeks" (P6W), "three-year" (P3Y), "48 hours" (PT48H), "two days ago" (a date),
/// "two years later" (a date after the last one mentioned), "every year" and "each season" (sets).
extension TimexMatcher {
    func matchCount(_ k: Int) -> TimexMatch? {
        if cue(k) == .hyphenDuration, let u = cues[k].unit {
            return TimexMatch(tokens: k..<k + 1, type: .duration, meaning: .literal(u.duration(value(k))))
        }
        guard let (n, next) = count(k) else { return nil }
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
            // "a year" is a duration only where one is expected: "for a year", "nearly a decade", "within a week".
            switch cue(k - 1) {
            case .durationLead, .within, .over, .around: break
            default: return nil
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

    /// "once a year", "twice a week".
    func matchOnce(_ k: Int) -> TimexMatch? {
        guard cue(k + 1) == .article, let (u, plural) = unit(k + 2), !plural else { return nil }
        return TimexMatch(tokens: k..<k + 3, type: .set, meaning: .literal(u.duration(1)))
    }
}

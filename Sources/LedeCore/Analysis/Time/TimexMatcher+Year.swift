/// Years outside the modern range and the ways older texts write them: "3000 BC", "AD 842", "c. 347",
/// "(1704 – 1787)", the second half of "1890 – 91", and centuries written without "the" ("17th Century",
/// "19th-century buildings").
extension TimexMatcher {
    /// An era word written in capitals ("BC", "AD", "B.C."): in lower case "ad" is an advertisement.
    func isEraWord(_ k: Int) -> Bool {
        guard cue(k) == .era else { return false }
        let r = tokens[k].range
        for i in r.start..<r.end where s[i] != "." && !ScalarClass.isUpper(s[i]) { return false }
        return true
    }

    /// "AD 842": the era written first.
    func matchEraFirst(_ k: Int) -> TimexMatch? {
        guard isEraWord(k), value(k) > 0, sameLine(k), let d = digits(k + 1), !d.ordinal, !d.plural, d.count <= 4,
              d.value > 0 else { return nil }
        return TimexMatch(tokens: k..<k + 2, type: .date, meaning: .date(year: d.value, month: nil, day: nil))
    }

    /// A year that `isBareYear` would read as a count, made a year by what is around it: an era after it
    /// ("394 AD", "3000 BC"), "c." or "circa" before it ("c. 347"), or, for four digits before 1800, a
    /// parenthesis or a range of years ("(1738)", "(1704 – 1787)", "reigned 1715 - 1774").
    func matchHistoricYear(_ k: Int) -> TimexMatch? {
        guard let d = digits(k), !d.ordinal, !d.plural, d.count <= 4, d.value > 0, tokens[k].kind == .number else {
            return nil
        }
        if k > 0, tokens[k - 1].kind == .symbol { return nil }  // "$300 AD revenue" is money
        if sameLine(k), isEraWord(k + 1) {
            let y = value(k + 1) < 0 ? -d.value : d.value
            return TimexMatch(tokens: k..<k + 2, type: .date, meaning: .date(year: y, month: nil, day: nil))
        }
        // "ca. 1000 authors" is a count, so a noun after the number rules the year out.
        let nounAfter = k + 1 < tokens.count && tokens[k + 1].kind == .word && sameLine(k)
            && ScalarClass.isLower(s[tokens[k + 1].range.start]) && cue(k + 1) == .none
        if d.count >= 3, !nounAfter,
           cue(k - 1) == .circa || (isPunct(k - 1, ".") && cue(k - 2) == .circa && touching(k - 2)) {
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .date(year: d.value, month: nil, day: nil))
        }
        guard d.count == 4, (1000..<1800).contains(d.value), !isPunct(k + 1, ":"), cue(k + 1) != .unit else {
            return nil
        }
        let closes = isPunct(k + 1, ")") || isPunct(k + 1, ",") || isPunct(k + 1, ";")
        if isPunct(k - 1, "("), closes || isDash(k + 1) {
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .date(year: d.value, month: nil, day: nil))
        }
        // One end of a range of years: the other end is a year no more than two centuries away.
        if isDash(k + 1), let other = digits(k + 2), other.count == 4, !other.plural, !other.ordinal,
           (d.value...d.value + 200).contains(other.value) {
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .date(year: d.value, month: nil, day: nil))
        }
        if isDash(k - 1), let other = digits(k - 2), other.count == 4, !other.plural, !other.ordinal,
           (d.value - 200...d.value).contains(other.value) {
            return TimexMatch(tokens: k..<k + 1, type: .date, meaning: .date(year: d.value, month: nil, day: nil))
        }
        return nil
    }

    /// "1890 – 91": two digits after a dash and a year are the later year of the same century.
    func matchRangeEnd(_ k: Int) -> TimexMatch? {
        guard let d = digits(k), d.count == 2, !d.ordinal, !d.plural, isDash(k - 1), k >= 2,
              let first = digits(k - 2), first.count == 4, !first.plural, !first.ordinal,
              (1000...2199).contains(first.value), d.value > first.value % 100,
              !isPunct(k + 1, ":"), !isPunct(k + 1, "%"), cue(k + 1) != .unit,
              k + 1 >= tokens.count || tokens[k + 1].kind != .symbol else { return nil }
        return TimexMatch(tokens: k..<k + 1, type: .date,
                          meaning: .date(year: first.value / 100 * 100 + d.value, month: nil, day: nil))
    }

    /// "17th Century", "19th-century": a century by its ordinal (TIMEX3 value "16", "18").
    func matchCentury(_ k: Int, spanStart: Int) -> TimexMatch? {
        guard let d = digits(k), d.ordinal, (1...21).contains(d.value) else { return nil }
        var j = k + 1
        if isDash(j), touching(k), touching(j) { j += 1 }
        guard cue(j) == .unit, TimeUnit(rawValue: value(j)) == .century, !cues[j].plural else { return nil }
        return TimexMatch(tokens: spanStart..<j + 1, type: .date, meaning: .yearPrefix(twoDigits(d.value - 1)))
    }
}

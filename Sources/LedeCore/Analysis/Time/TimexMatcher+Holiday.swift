/// Holidays as dates: "Christmas Day", "Christmas Eve 1950", "New Year's Eve", "Boxing Day", "Valentine's Day",
/// "Good Friday", "Easter Monday", and, after a preposition, "Christmas", "Easter", "Halloween" and
/// "Thanksgiving" alone ("at Christmas", "before Easter"). Alone and without a preposition they are too
/// often part of a name ("Johnnie Christmas", "The Christmas Cottage"); "Chinese New Year" moves with the moon.
extension TimexMatcher {
    /// The `.holiday` cue values.
    enum HolidayWord: Int {
        case christmas = 1, easter, halloween, thanksgiving, new, good, boxing, valentine
    }

    func matchHoliday(_ k: Int) -> TimexMatch? {
        guard isCapitalised(k), let w = HolidayWord(rawValue: value(k)) else { return nil }
        var holiday: Holiday?
        var end = k + 1
        switch w {
        case .christmas:
            if isWord(k + 1, "day") { holiday = .fixed(month: 12, day: 25); end += 1 }
            else if isWord(k + 1, "eve") { holiday = .fixed(month: 12, day: 24); end += 1 }
            else if holidayContext(k - 1) { holiday = .fixed(month: 12, day: 25) }
        case .easter:
            if cue(k + 1) == .weekday && value(k + 1) == 7 { holiday = .easter(offset: 0); end += 1 }
            else if cue(k + 1) == .weekday && value(k + 1) == 1 { holiday = .easter(offset: 1); end += 1 }
            else if holidayContext(k - 1) { holiday = .easter(offset: 0) }
        case .halloween:
            if holidayContext(k - 1) { holiday = .fixed(month: 10, day: 31) }
        case .thanksgiving:
            if isWord(k + 1, "day") { holiday = .thanksgiving; end += 1 }
            else if holidayContext(k - 1) { holiday = .thanksgiving }
        case .new:
            // "New Year's Day", "New Year’s Eve"; not "Chinese New Year" or "Lunar New Year".
            guard isWord(k + 1, "year"), isPossessive(k + 2), !(k > 0 && tokens[k - 1].kind == .word && isCapitalised(k - 1))
            else { return nil }
            if isWord(k + 3, "day") { holiday = .fixed(month: 1, day: 1) }
            else if isWord(k + 3, "eve") { holiday = .fixed(month: 12, day: 31) }
            end = k + 4
        case .good:
            if cue(k + 1) == .weekday && value(k + 1) == 5 { holiday = .easter(offset: -2); end += 1 }
        case .boxing:
            if isWord(k + 1, "day") { holiday = .fixed(month: 12, day: 26); end += 1 }
        case .valentine:
            if isPossessive(k + 1), isWord(k + 2, "day") { holiday = .fixed(month: 2, day: 14); end = k + 3 }
        }
        guard let holiday else { return nil }
        var y: Int?
        if sameLine(end - 1), let yy = year(end) { y = yy; end += 1 }
        return TimexMatch(tokens: k..<end, type: .date, meaning: .holiday(holiday, year: y))
    }

    /// Words before a holiday named alone that make it a date: "at Christmas", "before Easter", "over Thanksgiving".
    func holidayContext(_ k: Int) -> Bool {
        switch cue(k) {
        case .at, .before, .after, .over, .by, .since, .until, .on, .around, .during, .through, .last, .next, .this,
             .from, .to:
            return true
        default:
            return false
        }
    }

    /// Token `k` is the capitalised word `lower` ("Day" for "day"), compared scalar by scalar.
    func isWord(_ k: Int, _ lower: StaticString) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, isCapitalised(k) else { return false }
        let r = tokens[k].range
        guard r.length == lower.utf8CodeUnitCount else { return false }
        return lower.withUTF8Buffer { buf in
            for i in 0..<r.length where TimeLexicon.fold(s[r.start + i]) != UInt32(buf[i]) { return false }
            return true
        }
    }

    func isPossessive(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].range.length == 2 else { return false }
        let r = tokens[k].range
        return ScalarClass.isApostrophe(s[r.start]) && (s[r.start + 1] == "s" || s[r.start + 1] == "S")
    }
}

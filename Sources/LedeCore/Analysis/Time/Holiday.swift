/// A holiday that names a day: fixed ones ("Christmas Day", "New Year's Eve"), the days around Easter, and
/// the United States' Thanksgiving.
enum Holiday: Hashable, Sendable {
    case fixed(month: Int, day: Int)
    /// Days after Easter Sunday: Good Friday is -2, Easter Monday +1.
    case easter(offset: Int)
    /// The fourth Thursday of November.
    case thanksgiving

    /// A month near the holiday, for finding its year as a month alone would find it.
    var month: Int {
        switch self {
        case .fixed(let m, _): return m
        case .easter: return 4
        case .thanksgiving: return 11
        }
    }

    /// The holiday's date in `year` (Gregorian).
    func date(in year: Int) -> CalendarDate {
        switch self {
        case .fixed(let m, let d):
            return CalendarDate(year: year, month: m, day: min(d, CalendarDate.daysIn(month: m, year: year)))
        case .easter(let offset):
            return Holiday.easterSunday(year).adding(days: offset)
        case .thanksgiving:
            let first = CalendarDate(year: year, month: 11, day: 1)
            let toThursday = (4 - first.weekday + 7) % 7
            return first.adding(days: toThursday + 21)
        }
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easterSunday(_ y: Int) -> CalendarDate {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: y, month: month, day: day)
    }
}

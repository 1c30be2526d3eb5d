/// Calendar arithmetic and TIMEX3 value formatting for the time resolver.
extension CalendarDate {
    /// The ISO 8601 week-numbering year and week of this day.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let first = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - first.dayNumber) / 7 + 1)
    }

    /// "2017-W28".
    var isoWeekValue: String {
        let w = isoWeek
        return "\(TimexValue.year(w.year))-W\(w.week < 10 ? "0" : "")\(w.week)"
    }

    /// The same day `months` months away, clamped to the end of shorter months.
    func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }
}

/// Formats TIMEX3 values.
enum TimexValue {
    static func year(_ y: Int) -> String {
        let s = String(abs(y))
        return (y < 0 ? "-" : "") + (s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s)
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }

    static func month(_ y: Int, _ m: Int) -> String { "\(year(y))-\(two(m))" }

    /// Day, month or year precision, by which parts are known; unknown parts become X.
    static func date(year y: Int?, month m: Int?, day d: Int?) -> String {
        let ys = y.map(year) ?? "XXXX"
        guard let m else { return ys }
        guard let d else { return "\(ys)-\(two(m))" }
        return "\(ys)-\(two(m))-\(two(d))"
    }

    /// The calendar date a value names, when it has day precision ("2025-01-21", "2025-01-21T15:00").
    static func day(_ value: String) -> CalendarDate? {
        let u = Array(value.utf8)
        guard u.count >= 10, u.count == 10 || u[10] == UInt8(ascii: "T") else { return nil }
        return CalendarDate(iso: value)
    }

    /// The year of a value with at least year precision.
    static func yearOf(_ value: String) -> Int? {
        let u = Array(value.utf8)
        guard u.count >= 4, u.count == 4 || u[4] == UInt8(ascii: "-") else { return nil }
        return DecimalDigits.ascii(u, 0..<4)
    }

    /// The month of a value with at least month precision ("2025-01", "2025-01-21").
    static func monthOf(_ value: String) -> Int? {
        let u = Array(value.utf8)
        guard u.count >= 7, yearOf(value) != nil, u[4] == UInt8(ascii: "-"),
              u.count == 7 || u[7] == UInt8(ascii: "-") else { return nil }
        return DecimalDigits.ascii(u, 5..<7)
    }
}

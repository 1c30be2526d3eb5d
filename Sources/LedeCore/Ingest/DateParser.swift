import Foundation

/// Reads the publication dates that articles and feeds carry: datelines ("Tuesday, September 22, 2015",
/// "22 September 2015"), RFC 822 feed dates ("Wed, 13 Apr 2011 00:00:00 GMT") and ISO 8601 stamps.
/// The time of day and zone are ignored: Lede reasons in calendar days, as news text does.
public enum DateParser {
    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var m: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            m[n] = i + 1
            m[String(n.prefix(3))] = i + 1
        }
        m["sept"] = 9
        return m
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// A date in any of the supported forms, or nil.
    public static func parse(_ s: String) -> CalendarDate? {
        let t = SpaceTrim.trimmed(s)
        if let d = CalendarDate(iso: String(t.prefix(10))) { return d }
        return leadingDate(t).map(\.date)
    }

    /// A date written at the very start of a text, possibly after a weekday, and how many scalars it used.
    /// The whole line being a dateline is the caller's test (`length == line length`).
    public static func leadingDate(_ line: String) -> (date: CalendarDate, length: Int)? {
        let s = Array(line.unicodeScalars)
        var words: [(text: String, end: Int)] = []
        var i = 0
        // The first six words are enough for any dateline form.
        while i < s.count, words.count < 6 {
            while i < s.count, !(ScalarClass.isLetter(s[i]) || ScalarClass.isDigit(s[i])) {
                // A dateline is words, digits, commas, dots and spaces; anything else ends it.
                if !(s[i] == " " || s[i] == "," || s[i] == "." || s[i] == "\u{A0}") { break }
                i += 1
            }
            guard i < s.count, ScalarClass.isLetter(s[i]) || ScalarClass.isDigit(s[i]) else { break }
            var w = String.UnicodeScalarView()
            let digit = ScalarClass.isDigit(s[i])
            while i < s.count, digit ? ScalarClass.isDigit(s[i]) : ScalarClass.isLetter(s[i]) { w.append(s[i]); i += 1 }
            // Ordinal suffixes: "22nd September".
            if digit, i + 1 < s.count, ["st", "nd", "rd", "th"].contains(String(String.UnicodeScalarView(s[i..<i + 2])).lowercased()),
               i + 2 == s.count || !ScalarClass.isLetter(s[i + 2]) { i += 2 }
            words.append((String(w).lowercased(), i))
        }
        var k = 0
        if k < words.count, weekdays.contains(words[k].text) { k += 1 }
        guard k + 3 <= words.count else { return nil }
        func day(_ w: String) -> Int? { w.count <= 2 ? Int(w).flatMap { (1...31).contains($0) ? $0 : nil } : nil }
        func year(_ w: String) -> Int? { w.count == 4 ? Int(w) : nil }
        let a = words[k].text, b = words[k + 1].text, c = words[k + 2].text
        var result: (Int, Int, Int)?
        if let m = months[a], let d = day(b), let y = year(c) { result = (y, m, d) }
        else if let d = day(a), let m = months[b], let y = year(c) { result = (y, m, d) }
        guard let (y, m, d) = result, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        return (CalendarDate(year: y, month: m, day: d), words[k + 2].end)
    }

    /// True when the whole line is a dateline (a date and nothing else but punctuation).
    public static func isDateline(_ line: String) -> CalendarDate? {
        guard let (date, length) = leadingDate(line) else { return nil }
        let rest = line.unicodeScalars.dropFirst(length)
        return rest.allSatisfy({ ScalarClass.isSpace($0) || $0 == "." || $0 == "," }) ? date : nil
    }
}

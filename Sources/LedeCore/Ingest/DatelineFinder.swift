import Foundation

/// Finds a publication date in the lines news pages put it on, beyond a date alone on its line:
/// a labelled date ("Published: 5 March 2019 10:32 GMT", "Updated on March 5, 2019", "Date: 2019-03-05"),
/// a byline with its date ("By Jane Doe | March 5, 2019", "By Jane Doe, Tuesday, March 5, 2019"), an ISO
/// date alone, and the wire-service dateline that opens the first paragraph ("WASHINGTON, March 5, 2019 —
/// The…", "Washington, D.C., March 5, 2019 (Reuters) - The…").
///
/// Only full dates count: a month and year ("Washington, D.C., March 2019") does not say which day, and a
/// publication date is a day, so Lede leaves it unset rather than invent one.
enum DatelineFinder {
    /// What a line is, when it carries the publication date.
    enum Kind: Equatable {
        /// A line that only dates (or dates and signs) the article: page furniture.
        case dateline
        /// A byline that also carries the date.
        case byline
        /// Article text that opens with a wire dateline: the date is read, the line stays text.
        case wireDateline
    }

    /// Lines longer than this are prose, not datelines or bylines (a wire dateline only opens one).
    static let maxLineScalars = 200

    static let labels = ["first published on ", "first published: ", "first published ", "last updated on ",
                         "last updated: ", "last updated ", "published on ", "published: ", "published ",
                         "updated on ", "updated: ", "updated ", "posted on ", "posted: ", "posted ", "date: ",
                         "dated "]

    /// Words that start sentences before a comma and are no place ("Yesterday, March 5, 2019 — …").
    static let notPlaces: Set<String> = ["yesterday", "today", "tomorrow", "tonight", "on", "in", "by", "since",
                                         "until", "till", "from", "as", "at", "last", "next", "this", "that",
                                         "and", "but", "so", "then", "now", "however", "meanwhile", "earlier",
                                         "later", "also", "the", "a", "an"]

    /// The date a line carries, and what kind of line that makes it.
    static func find(_ line: String) -> (date: CalendarDate, kind: Kind)? {
        // Only the head of a line is ever looked at, so a first paragraph of megabytes costs nothing more.
        let head = String(String.UnicodeScalarView(line.unicodeScalars.prefix(maxLineScalars + 1)))
        let t = SpaceTrim.trimmed(head)
        guard !t.isEmpty else { return nil }
        if head.unicodeScalars.count <= maxLineScalars {
            if let d = DateParser.isDateline(t) ?? isoDateline(t) { return (d, .dateline) }
            if let d = labelledDate(t) { return (d, .dateline) }
            if let d = bylineDate(t) { return (d, .byline) }
        }
        if let d = wireDateline(t) { return (d, .wireDateline) }
        return nil
    }

    /// "2019-03-05" or "2019-03-05T10:32:00Z" alone on a line.
    static func isoDateline(_ t: String) -> CalendarDate? {
        guard t.utf8.count == 10 || (t.utf8.count > 10 && t.utf8.count <= 30 && !t.contains(" ")
                                        && t.unicodeScalars.dropFirst(10).first == "T") else { return nil }
        return CalendarDate(iso: String(t.prefix(10)))
    }

    /// A date after a label, with at most a time and zone (or a second labelled date) after it.
    static func labelledDate(_ t: String) -> CalendarDate? {
        let lower = t.lowercased()
        guard let label = labels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = String(t.unicodeScalars.dropFirst(label.unicodeScalars.count))
        return shortDatedTail(rest)
    }

    /// A date at the start of `s`, followed by no more than a few words (a time, a zone, "| Updated …").
    static func shortDatedTail(_ s: String) -> CalendarDate? {
        let s = SpaceTrim.trimmed(s)
        let date: CalendarDate, used: Int
        if let (d, n) = DateParser.leadingDate(s) { date = d; used = n }
        else if let d = CalendarDate(iso: String(s.prefix(10))) { date = d; used = 10 }
        else { return nil }
        let tail = s.unicodeScalars.dropFirst(used)
        let words = String(tail).split(whereSeparator: { $0 == " " }).count
        return words <= 8 ? date : nil
    }

    /// "By Jane Doe | March 5, 2019", "By Jane Doe and John Roe, Tuesday, March 5, 2019", "By Jane Doe on
    /// March 5, 2019 at 10:32": a name, a separator, a date.
    static func bylineDate(_ t: String) -> CalendarDate? {
        let lower = t.lowercased()
        guard lower.hasPrefix("by "), let f = t.unicodeScalars.dropFirst(3).first, ScalarClass.isUpper(f) else { return nil }
        let scalars = Array(t.unicodeScalars)
        let separators: [[Unicode.Scalar]] = [[" ", "|", " "], [" ", "·", " "], [" ", "•", " "], [" ", "—", " "],
                                              [" ", "–", " "], [" ", "-", " "], [",", " "], [" ", "o", "n", " "]]
        var i = 3
        while i < scalars.count {
            for sep in separators where i + sep.count <= scalars.count && Array(scalars[i..<(i + sep.count)]) == sep {
                let rest = String(String.UnicodeScalarView(scalars[(i + sep.count)...]))
                if let d = shortDatedTail(rest) { return d }
            }
            i += 1
        }
        return nil
    }

    /// "WASHINGTON, March 5, 2019 — The…": one to four capitalised place words (in one or two comma-separated
    /// parts, "Washington, D.C."), a comma, a full date, an optional "(Agency)", then a dash or colon.
    static func wireDateline(_ t: String) -> CalendarDate? {
        let scalars = Array(t.unicodeScalars.prefix(120))
        var commas: [Int] = []
        for (i, s) in scalars.enumerated() where s == "," { commas.append(i); if commas.count == 2 { break } }
        for (n, comma) in commas.enumerated() {
            // Every part before this comma must be a place name.
            var start = 0
            var placeWords = 0
            var allPlaces = true
            for c in commas.prefix(n + 1) {
                let part = SpaceTrim.trimmed(String(String.UnicodeScalarView(scalars[start..<c])))
                guard let w = placeWordCount(part) else { allPlaces = false; break }
                placeWords += w
                start = c + 1
            }
            guard allPlaces, placeWords <= 4 else { continue }
            let rest = SpaceTrim.trimmed(String(String.UnicodeScalarView(scalars[(comma + 1)...])))
            guard let (date, used) = DateParser.leadingDate(rest) else { continue }
            var after = Substring(String(rest.unicodeScalars.dropFirst(used))).drop { $0 == " " || $0 == "," }
            if after.first == "(", let close = after.firstIndex(of: ")"), after.distance(from: after.startIndex, to: close) <= 30 {
                after = after[after.index(after: close)...].drop { $0 == " " }
            }
            if let c = after.first, "—–-:".contains(c) { return date }
        }
        return nil
    }

    /// The number of words in a place name ("WASHINGTON", "New York", "D.C."), or nil when it is not one.
    static func placeWordCount(_ part: String) -> Int? {
        let words = part.split(separator: " ")
        guard (1...4).contains(words.count) else { return nil }
        for w in words {
            guard let f = w.unicodeScalars.first, ScalarClass.isUpper(f),
                  w.unicodeScalars.allSatisfy({ ScalarClass.isLetter($0) || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }),
                  !notPlaces.contains(w.lowercased()), DateParser.months[w.lowercased().trimmingCharacters(in: ["."])] == nil,
                  !DateParser.weekdays.contains(w.lowercased())
            else { return nil }
        }
        return words.count
    }
}

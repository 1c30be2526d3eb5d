/// The publication date many sites write into an article's address: `/2017/01/13/slug`, `/2017-01-13/`,
/// `/20170113/`, `/news/2017/1/13/…`. Only a full date counts (`/2017/01/` names a month, not a day), and
/// only in the path, not in the host or the query.
enum URLDate {
    static func date(in url: String) -> CalendarDate? {
        var path = Substring(url)
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            guard let slash = path.firstIndex(of: "/") else { return nil }
            path = path[slash...]
        }
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        // Three numeric segments in a row: year, month, day.
        if segments.count >= 3 {
            for k in 0...(segments.count - 3) {
                guard let y = Int(segments[k]), segments[k].count == 4, let m = Int(segments[k + 1]),
                      segments[k + 1].count <= 2 else { continue }
                let dayDigits = segments[k + 2].prefix { $0.isASCII && $0.isNumber }
                guard (1...2).contains(dayDigits.count), let d = Int(dayDigits) else { continue }
                // The day segment may run on into the slug ("13-some-story") but not into more digits.
                if let date = make(y, m, d) { return date }
            }
        }
        for seg in segments {
            // "2017-01-13", "2017-01-13-some-story", "20170113", "20170113-story", "story-20170113".
            let parts = seg.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
            if parts.count >= 3 {
                for k in 0...(parts.count - 3) where parts[k].count == 4 && parts[k + 1].count == 2 && parts[k + 2].count == 2 {
                    if let y = Int(parts[k]), let m = Int(parts[k + 1]), let d = Int(parts[k + 2]), let date = make(y, m, d) {
                        return date
                    }
                }
            }
            for p in parts where p.count == 8 && p.allSatisfy({ $0.isASCII && $0.isNumber }) {
                let u = Array(p)
                if let y = Int(String(u[0..<4])), let m = Int(String(u[4..<6])), let d = Int(String(u[6..<8])),
                   let date = make(y, m, d) { return date }
            }
        }
        return nil
    }

    static func make(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        guard (1991...2100).contains(y), (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) else { return nil }
        let date = CalendarDate(year: y, month: m, day: d)
        return HTMLMetadata.isPlausible(date) ? date : nil
    }
}

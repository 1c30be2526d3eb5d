/// Chooses the date relative expressions are resolved against, and says where it came from:
/// 1. `--date` (`AnalysisOptions.referenceDate`);
/// 2. the publication date from metadata (HTML meta, feed date, front matter);
/// 3. a dateline: the ingested one, or a short line near the top of the text that holds a full date
///    ("Friday, July 21, 2017");
/// 4. the latest full date (day, month and year) written anywhere in the article;
/// 5. none: relative expressions then keep unknown parts (XXXX).
public enum ReferenceDateResolver {
    /// How far into the text a dateline may sit, in lines.
    static let datelineLines = 6
    /// The longest line that still counts as a dateline.
    static let datelineLength = 80

    public static func resolve(_ context: AnalysisContext) -> ReferenceDate {
        if let d = context.options.referenceDate { return ReferenceDate(date: d, source: .option) }
        if let p = context.article.published, p.source != .dateline {
            return ReferenceDate(date: p.date, source: .metadata)
        }
        if let p = context.article.published { return ReferenceDate(date: p.date, source: .dateline) }
        if let d = dateline(context) { return ReferenceDate(date: d, source: .dateline) }
        if let d = fullDates(context.scalars, context.tokens, in: 0..<context.tokens.count).map(\.date).max() {
            return ReferenceDate(date: d, source: .latestDate)
        }
        return ReferenceDate(date: nil, source: .none)
    }

    /// A short line among the first few that holds a full date.
    static func dateline(_ context: AnalysisContext) -> CalendarDate? {
        let s = context.scalars
        var lineStart = 0
        var line = 0
        var i = 0
        while line < datelineLines && lineStart < s.count {
            i = lineStart
            while i < s.count && s[i] != "\n" { i += 1 }
            if i - lineStart > 0 && i - lineStart <= datelineLength {
                let a = TimeTagger.tokenIndex(context.tokens, atOrAfter: lineStart)
                let b = TimeTagger.tokenIndex(context.tokens, atOrAfter: i)
                if let d = fullDates(s, context.tokens, in: a..<b).first {
                    // The date must be most of the line: a dateline, not a sentence that mentions a date.
                    if b - a <= d.tokens + 4 { return d.date }
                }
            }
            if i > lineStart { line += 1 }
            lineStart = i + 1
        }
        return nil
    }

    /// Full dates (with day, month and year) in a token range. Cheap: only four-digit numbers trigger a look at
    /// the few words before them.
    static func fullDates(_ s: [Unicode.Scalar], _ tokens: [Token], in range: Range<Int>) -> [(date: CalendarDate, tokens: Int)] {
        var out: [(CalendarDate, Int)] = []
        var k = range.lowerBound
        while k < range.upperBound {
            defer { k += 1 }
            guard tokens[k].kind == .number, tokens[k].range.length == 4 else { continue }
            let lo = max(k - 5, range.lowerBound)
            // Chinese and Japanese write the day after the year ("2008年9月1日": six tokens).
            let hi = min(k + 7, tokens.count)
            let m = TimexMatcher(scalars: s, tokens: Array(tokens[lo..<hi]))
            // The date may start up to five tokens before the year ("Friday, July 21, 2017").
            for start in 0...(k - lo) {
                if let t = m.match(at: start), t.tokens.contains(k - lo), case .date(let y?, let mo?, let d?) = t.meaning {
                    out.append((CalendarDate(year: y, month: mo, day: d), t.tokens.count))
                    break
                }
            }
        }
        return out
    }
}

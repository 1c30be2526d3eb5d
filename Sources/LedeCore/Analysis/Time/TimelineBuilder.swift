import Foundation

/// Builds the timeline of dated events and links dated quantities to it.
///
/// Every date with day, month or year precision in the body becomes one event: its clause, cut to subject and
/// predicate (`SummaryExtractor`), the entities mentioned in that clause, and an end where the sentence gives
/// one ("began on January 18, 2025 ... intended to last six weeks" ends 2025-03-01; "from May 3 to May 9").
/// Datelines, headings, boilerplate, photo captions, source sections and citations ("— CNN, August 5, 2006"),
/// "today" inside a quotation, durations, sets and vague references ("recent years") are not events; a range's
/// end is its start's event, and a verbless date that borrows a clause dated by another expression adds none.
/// Events are sorted by date, then by their place in the text. A quantity fact in the same clause as an event
/// ("As of January 2025, more than 90 hostages ...") points to it.
public enum TimelineBuilder {
    public static func build(_ context: AnalysisContext, entities: [Entity], times: [TimeExpression],
                             facts: inout [Fact]) -> [TimelineEvent] {
        let tokens = context.tokens
        let extractor = SummaryExtractor(context: context)
        var events: [TimelineEvent] = []
        var seen = Set<String>()
        var summarised: [String: [String]] = [:]
        let skipped = skippedRanges(context.article)
        var nextSkipped = 0
        let mentions = MentionSpans(entities)
        for (i, t) in times.enumerated() where t.type == .date || t.type == .time {
            guard let date = datePart(t.value) else { continue }
            while nextSkipped < skipped.count && skipped[nextSkipped].end <= t.range.start { nextSkipped += 1 }
            if nextSkipped < skipped.count && skipped[nextSkipped].contains(t.range.start) { continue }
            guard let sentence = context.sentence(containing: t.range.start) else { continue }
            let sentenceTokens = TimeTagger.tokenIndex(tokens, atOrAfter: sentence.start)..<TimeTagger.tokenIndex(tokens, atOrAfter: sentence.end)
            var timeTokens = TimeTagger.tokenIndex(tokens, atOrAfter: t.range.start)..<TimeTagger.tokenIndex(tokens, atOrAfter: t.range.end)
            // A line that is little more than the date is a dateline or a heading, not an event.
            if sentenceTokens.count <= timeTokens.count + 3 { continue }
            if isCJKSourceLine(adjacentSpan(i, times), sentence: sentence, context) { continue }
            if isCitation(t.range, sentence: sentence, context) || isSpeechDay(t, context) { continue }
            // "by 2010-11", "from May 3 to May 9": the end of a range is the event of its start.
            if i > 0, isRange(i - 1, i, times, context) { continue }
            if i + 1 < times.count, isRange(i, i + 1, times, context) {
                timeTokens = timeTokens.lowerBound..<TimeTagger.tokenIndex(tokens, atOrAfter: times[i + 1].range.end)
            }
            let key = "\(date)|\(sentence.start)"
            if seen.contains(key) { continue }
            let e = extractor.event(timeTokens: timeTokens, sentence: sentenceTokens)
            // A date with no verb of its own that borrows a clause dated by another expression adds nothing:
            // "fell only 17.3% compared to 2008, an increase from the previous month".
            if let b = e.borrowed, holdsDate(b, other: i, times) { continue }
            // Two dates of one sentence with one summary, one inside the other ("as early as December 2015 ...
            // On December 3, 2015"), are one event.
            let said = "\(sentence.start)|\(e.summary)"
            if let dates = summarised[said], dates.contains(where: { $0.hasPrefix(date) || date.hasPrefix($0) }) { continue }
            seen.insert(key)
            summarised[said, default: []].append(date)
            let involved = mentions.entities(overlapping: e.range)
            events.append(TimelineEvent(date: date, end: end(of: i, date: date, times: times, sentence: sentence, context),
                                        summary: e.summary, range: e.range, sentence: sentence, entities: involved,
                                        exact: !t.inferred, timeIndex: i))
        }
        events.sort { a, b in a.date != b.date ? a.date < b.date : a.range.start < b.range.start }
        link(&facts, to: events)
        return events
    }

    /// Text that gives no events, sorted: headings, boilerplate, photo captions (they date the picture, or
    /// repeat the body) and the sections that list sources ("Sources", "References", "External links").
    static func skippedRanges(_ article: Article) -> [TextRange] {
        var ranges = article.blocks.filter { $0.kind == .heading || $0.kind == .boilerplate || $0.kind == .caption }.map(\.range)
        for section in article.sections {
            guard let title = section.title else { continue }
            let key = title.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            if sourceSections.contains(key) { ranges.append(section.range) }
        }
        return ranges.sorted()
    }

    static let sourceSections: Set<String> = [
        "source", "sources", "references", "reference", "external links", "external link", "further reading",
        "bibliography", "notes", "citations", "related news", "see also", "sister links",
    ]

    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

    /// "\"Castro out of bed, says Venezuelan leader\" — Toronto Star, August 6, 2006": a date that ends its
    /// sentence after a publisher's name, itself after a dash, a closing quotation mark or a parenthesis, cites
    /// a source.
    static func isCitation(_ time: TextRange, sentence: TextRange, _ context: AnalysisContext) -> Bool {
        let s = context.scalars
        var i = time.end
        while i < sentence.end {
            if ScalarClass.isLetter(s[i]) || ScalarClass.digitValue(s[i]) != nil { return false }
            i += 1
        }
        var b = time.start - 1
        while b >= sentence.start && ScalarClass.isSpace(s[b]) { b -= 1 }
        guard b >= sentence.start, s[b] == "," else { return false }
        b -= 1
        var words = 0, inWord = false
        while b >= sentence.start {
            let c = s[b]
            if ScalarClass.isLetter(c) || c == "." || c == "&" || c == "'" || ScalarClass.isApostrophe(c) {
                if !inWord { words += 1; inWord = true }
                // A publisher's words are capitalised; "the", "of" and "and" may join them.
                if b == sentence.start || !(ScalarClass.isLetter(s[b - 1]) || s[b - 1] == "." || ScalarClass.isApostrophe(s[b - 1])),
                   !ScalarClass.isUpper(c), !publisherJoiners.contains(s, TextRange(b, wordEnd(s, b))) { return false }
            } else if ScalarClass.isSpace(c) {
                inWord = false
            } else {
                return words >= 1 && words <= 6 && (dashes.contains(c) || c == "\"" || c == "\u{201D}" || c == "(")
            }
            if words > 6 { return false }
            b -= 1
        }
        return false
    }

    static let publisherJoiners = WordSet(["the", "of", "and"])

    private static func wordEnd(_ s: [Unicode.Scalar], _ b: Int) -> Int {
        var e = b
        while e < s.count && (ScalarClass.isLetter(s[e]) || s[e] == "." || ScalarClass.isApostrophe(s[e])) { e += 1 }
        return e
    }

    static let speechDays = WordSet(["today", "tonight", "now"])
    static let partsOfDay = WordSet(["morning", "afternoon", "evening"])
    static let this = WordSet(["this"])

    /// "Today", "tonight" or "this morning" inside a quotation is the day of the speech, no event of its own.
    static func isSpeechDay(_ t: TimeExpression, _ context: AnalysisContext) -> Bool {
        let tokens = context.tokens, s = context.scalars
        // Any word of the expression: "earlier today", "today's", "this morning".
        var k = TimeTagger.tokenIndex(tokens, atOrAfter: t.range.start)
        var deictic = false
        while k < tokens.count && tokens[k].range.start < t.range.end && !deictic {
            deictic = speechDays.contains(s, tokens[k].range)
                || (this.contains(s, tokens[k].range) && k + 1 < tokens.count && partsOfDay.contains(s, tokens[k + 1].range))
            k += 1
        }
        return deictic && Quotation.isInside(s, t.range.start)
    }

    static let rangeWords = WordSet(["to", "until", "till", "through", "thru"])
    static let between = WordSet(["between"])
    static let and = WordSet(["and"])

    /// Whether expression `b` ends a range that `a` starts: two dates of one sentence joined by a dash or
    /// "to"/"until"/"through" ("2010-11", "from May 3 to May 9"), or "between ... and ...".
    static func isRange(_ a: Int, _ b: Int, _ times: [TimeExpression], _ context: AnalysisContext) -> Bool {
        let x = times[a], y = times[b]
        guard x.type == .date || x.type == .time, y.type == .date || y.type == .time,
              let from = datePart(x.value), let to = datePart(y.value), from <= to else { return false }
        let tokens = context.tokens, s = context.scalars
        let k = TimeTagger.tokenIndex(tokens, atOrAfter: x.range.end)
        guard k + 1 < tokens.count, tokens[k + 1].range.start == y.range.start || TimeTagger.tokenIndex(tokens, atOrAfter: y.range.start) == k + 1 else { return false }
        let joiner = tokens[k]
        if joiner.kind == .punctuation, joiner.range.length == 1, dashes.contains(s[joiner.range.start]) { return true }
        if rangeWords.contains(s, joiner.range) { return true }
        let j = TimeTagger.tokenIndex(tokens, atOrAfter: x.range.start) - 1
        return and.contains(s, joiner.range) && j >= 0 && between.contains(s, tokens[j].range)
    }

    /// Whether a date or time other than expression `i`, with a calendar value, lies in `range`.
    static func holdsDate(_ range: TextRange, other i: Int, _ times: [TimeExpression]) -> Bool {
        var j = i - 1
        while j >= 0 && times[j].range.end > range.start {
            if range.contains(times[j].range.start), datePart(times[j].value) != nil, times[j].type != .duration { return true }
            j -= 1
        }
        j = i + 1
        while j < times.count && times[j].range.start < range.end {
            if range.contains(times[j].range.start), datePart(times[j].value) != nil, times[j].type != .duration { return true }
            j += 1
        }
        return false
    }

    /// "民主党、2008年9月1日(UTC+9)。", "ウィキニュース、2007年9月23日『…』。": a Chinese or Japanese sentence that ends
    /// with its date, after a comma, is a source or a dateline, not an event: CJK sentences end with their verb.
    /// Brackets and quotations after the date (a time zone, a title) do not count.
    /// Time expression `i` with the ones written right against it ("2008年9月2日03時11分").
    static func adjacentSpan(_ i: Int, _ times: [TimeExpression]) -> TextRange {
        var a = i, b = i
        while a > 0 && times[a - 1].range.end == times[a].range.start { a -= 1 }
        while b + 1 < times.count && times[b + 1].range.start == times[b].range.end { b += 1 }
        return TextRange(times[a].range.start, times[b].range.end)
    }

    static let openings: Set<Unicode.Scalar> = ["(", "[", "\u{201C}", "「", "『", "（", "【", "〔", "《", "〈"]
    static let closings: Set<Unicode.Scalar> = [")", "]", "\u{201D}", "」", "』", "）", "】", "〕", "》", "〉"]

    static func isCJKSourceLine(_ time: TextRange, sentence: TextRange, _ context: AnalysisContext) -> Bool {
        let s = context.scalars
        guard time.end > time.start, ScalarClass.cjkKind(s[time.end - 1]) != nil else { return false }
        var b = time.start - 1
        while b >= sentence.start && ScalarClass.isSpace(s[b]) { b -= 1 }
        guard b >= sentence.start, s[b] == "、" || s[b] == "，" || s[b] == "," else { return false }
        var i = time.end
        var depth = 0
        var quoted = false
        while i < sentence.end {
            let c = s[i]
            if c == "\"" { quoted.toggle() } else if openings.contains(c) {
                depth += 1
            } else if closings.contains(c) { depth = max(0, depth - 1) } else if depth == 0 && !quoted
                && (ScalarClass.isLetter(c) || ScalarClass.digitValue(c) != nil) { return false }
            i += 1
        }
        return true
    }

    /// The date part of a value with day, month or year precision ("2025-01-21T15:00" gives "2025-01-21").
    static func datePart(_ value: String) -> String? {
        let u = Array(value.utf8)
        guard TimexValue.yearOf(value) != nil else { return nil }
        if u.count == 4 { return value }
        if u.count == 7, TimexValue.monthOf(value) != nil { return value }
        if u.count >= 10, TimexValue.day(value) != nil { return String(value.prefix(10)) }
        return nil
    }

    static let lasting = WordSet(["last", "lasts", "lasting", "for", "span", "spanning", "run", "runs", "running"])
    static let until = WordSet(["to", "until", "till", "through", "and"])

    /// Where a duration in the same sentence ("to last six weeks", "for three days") or a range ("from ... to")
    /// gives the event an end.
    static func end(of i: Int, date: String, times: [TimeExpression], sentence: TextRange, _ context: AnalysisContext) -> String? {
        let s = context.scalars, tokens = context.tokens
        var j = i + 1
        while j < times.count && times[j].range.start < sentence.end {
            let t = times[j]
            // The word right before this expression, when it lies after the previous one.
            let k = TimeTagger.tokenIndex(tokens, atOrAfter: t.range.start) - 1
            guard k >= 0, tokens[k].range.start >= times[j - 1].range.end else { j += 1; continue }
            if t.type == .duration, let start = TimexValue.day(date), lasting.contains(s, tokens[k].range),
               let days = days(of: t.value) {
                return start.adding(days: days).iso
            }
            if t.type == .date, let next = datePart(t.value), next > date {
                let dash = tokens[k].kind == .punctuation && tokens[k].range.length == 1
                    && (s[tokens[k].range.start] == "-" || s[tokens[k].range.start] == "\u{2013}")
                if dash || until.contains(s, tokens[k].range) { return next }
            }
            j += 1
        }
        return nil
    }

    /// Whole days in a duration value ("P6W" is 42), when it has a definite length in days.
    static func days(of value: String) -> Int? {
        let u = Array(value.utf8)
        guard u.count >= 3, u[0] == UInt8(ascii: "P"), u[1] != UInt8(ascii: "T") else { return nil }
        var i = 1
        while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
        // A duration longer than any calendar holds is no span of days.
        guard i > 1, i == u.count - 1, let n = DecimalDigits.ascii(u, 1..<i, limit: 1_000_000) else { return nil }
        switch u[i] {
        case UInt8(ascii: "D"): return n
        case UInt8(ascii: "W"): return 7 * n
        case UInt8(ascii: "M"): return 30 * n
        case UInt8(ascii: "Y"): return 365 * n
        default: return nil
        }
    }

    /// Points each quantity fact to the event whose clause holds it (or, failing that, the event of its sentence).
    static func link(_ facts: inout [Fact], to events: [TimelineEvent]) {
        guard !events.isEmpty else { return }
        // Events by position in the text, and the first event (in timeline order) of each sentence.
        let byStart = events.indices.sorted { events[$0].range < events[$1].range }
        let longest = events.map(\.range.length).max() ?? 0
        var bySentence: [Int: Int] = [:]
        for (k, e) in events.enumerated() where bySentence[e.sentence.start] == nil { bySentence[e.sentence.start] = k }
        for f in facts.indices where facts[f].kind == .quantity {
            let r = facts[f].range
            var lo = 0, hi = byStart.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if events[byStart[mid]].range.start < r.start - longest { lo = mid + 1 } else { hi = mid }
            }
            var best: Int?
            var i = lo
            while i < byStart.count && events[byStart[i]].range.start < r.end {
                if events[byStart[i]].range.overlaps(r) { best = min(best ?? Int.max, byStart[i]) }
                i += 1
            }
            if let best { facts[f].timelineIndex = best } else if let k = bySentence[facts[f].sentence.start],
                                                                   events[k].sentence == facts[f].sentence {
                facts[f].timelineIndex = k
            }
        }
    }
}

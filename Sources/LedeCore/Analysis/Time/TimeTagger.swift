/// Finds time expressions and normalises them to TIMEX3 (TempEval-3 conventions).
///
/// One pass gives every token a cue by hashing its letters (`TimeLexicon`); `TimexMatcher` parses an
/// expression wherever a cue starts one; `TimexResolver` then turns each into a value in text order, so
/// partial, relative and anaphoric dates can lean on the reference date and the dates before them.
///
/// Day-month rule for numeric dates: "21/01/2025" is read day first; when both numbers could be the month
/// ("03/04/2025") the article decides: if another numeric date in it can only be month first ("12/25/2024"),
/// all of them are read month first, otherwise day first.
public enum TimeTagger {
    public static func tag(_ context: AnalysisContext, reference: ReferenceDate) -> [TimeExpression] {
        let s = context.scalars
        let tokens = context.tokens
        let matcher = TimexMatcher(scalars: s, tokens: tokens)
        var matches = matcher.matchAll()
        applyDayMonthRule(&matches, matcher)
        attachFollowingDays(&matches, matcher)
        var resolver = TimexResolver(scalars: s, tokens: tokens, reference: reference.date, matches: matches)
        var out: [TimeExpression] = []
        out.reserveCapacity(matches.count)
        var sentenceIndex = 0
        var sentenceTokens = 0..<0
        for m in matches {
            let start = tokens[m.tokens.lowerBound].range.start
            let end = tokens[m.tokens.upperBound - 1].range.end
            while sentenceIndex < context.sentences.count && context.sentences[sentenceIndex].end <= start {
                sentenceIndex += 1
            }
            if sentenceIndex < context.sentences.count, context.sentences[sentenceIndex].contains(start) {
                let sr = context.sentences[sentenceIndex]
                if !(sentenceTokens.contains(m.tokens.lowerBound)) {
                    sentenceTokens = tokenIndex(tokens, atOrAfter: sr.start)..<tokenIndex(tokens, atOrAfter: sr.end)
                }
            } else {
                sentenceTokens = m.tokens
            }
            guard let v = resolver.resolve(m, sentence: sentenceTokens) else { continue }
            let range = TextRange(start, end)
            out.append(TimeExpression(range: range, text: context.string(range), type: m.type, value: v.value,
                                      inferred: v.inferred))
        }
        addYearSpans(&out, context)
        return out
    }

    static let spanOpeners = WordSet(["from", "between"])
    static let spanJoiners = WordSet(["to", "until", "till", "through", "and"])
    static let spanAnd = WordSet(["and"])
    static let spanBetween = WordSet(["between"])

    /// "from 2009 to 2011", "between 2014 and 2016": besides its two years, the span is a duration (`P2Y`), as
    /// MEANTIME marks it; it goes before the years it holds, so the expressions stay sorted by start.
    static func addYearSpans(_ out: inout [TimeExpression], _ context: AnalysisContext) {
        let s = context.scalars, tokens = context.tokens
        var i = 0
        while i + 1 < out.count {
            let a = out[i], b = out[i + 1]
            guard a.type == .date, b.type == .date, a.value.utf8.count == 4, b.value.utf8.count == 4,
                  let y0 = Int(a.value), let y1 = Int(b.value), y1 > y0, y1 - y0 <= 100 else { i += 1; continue }
            let k = tokenIndex(tokens, atOrAfter: a.range.start)
            let j = tokenIndex(tokens, atOrAfter: a.range.end)
            guard k > 0, j + 1 < tokens.count, tokenIndex(tokens, atOrAfter: b.range.start) == j + 1,
                  spanOpeners.contains(s, tokens[k - 1].range), spanJoiners.contains(s, tokens[j].range),
                  spanAnd.contains(s, tokens[j].range) == spanBetween.contains(s, tokens[k - 1].range)
            else { i += 1; continue }
            let range = TextRange(tokens[k - 1].range.start, b.range.end)
            out.insert(TimeExpression(range: range, text: context.string(range), type: .duration, value: "P\(y1 - y0)Y",
                                      inferred: true), at: i)
            i += 3
        }
    }

    /// The order of an all-numeric date follows the source: a numeric date that can only be read one way
    /// decides; else a text that states its format ("in the American date format", "mm/dd/yyyy"); else the way
    /// the article writes its other dates ("July 8, 2007" is month first, "8 July 2007" day first); else day first.
    static func applyDayMonthRule(_ matches: inout [TimexMatch], _ matcher: TimexMatcher) {
        guard matches.contains(where: { $0.slashOrder == .ambiguous }) else { return }
        let monthFirst = matches.contains { $0.slashOrder == .monthFirst }
        let dayFirst = matches.contains { $0.slashOrder == .dayFirst }
        var readMonthFirst: Bool
        if monthFirst != dayFirst {
            readMonthFirst = monthFirst
        } else if let stated = matcher.statedDateOrder() {
            readMonthFirst = stated
        } else {
            var written = 0  // month-first long dates minus day-first ones
            for m in matches {
                guard case .date(_, _?, _?) = m.meaning, m.slashOrder == nil,
                      let month = m.tokens.first(where: { matcher.cue($0) == .month || matcher.cue($0) == .monthAbbrev })
                else { continue }
                // A day number before the month name: "8 July 2007"; after it: "July 8, 2007".
                written += (m.tokens.lowerBound..<month).contains { matcher.cue($0) == .digits } ? -1 : 1
            }
            readMonthFirst = written > 0
        }
        guard readMonthFirst else { return }
        for k in matches.indices where matches[k].slashOrder == .ambiguous {
            if case .date(let y, let m?, let d?) = matches[k].meaning, d <= 12 {
                matches[k].meaning = .date(year: y, month: d, day: m)
            }
        }
    }

    /// "10:30 p.m. on Friday", "2:30 the next day", "3 p.m. Tuesday": a time of day takes the day written
    /// right after it (the two stay separate expressions, as TIMEX3 writes them). A day written before it
    /// ("Friday at 10:30 p.m.") is found by the resolver, from earlier in the sentence.
    /// Written right against it ("12:00 UTC Monday", "16:00 UTC today", "2:30 the next day"), the day and the
    /// time are one TIMEX3 expression, as TempEval-3 and MEANTIME mark them.
    static func attachFollowingDays(_ matches: inout [TimexMatch], _ matcher: TimexMatcher) {
        guard matches.count > 1 else { return }
        var merged: [Int] = []
        for k in 0..<matches.count - 1 {
            guard case .timeOfDay(let hour, let minute, nil) = matches[k].meaning else { continue }
            let next = matches[k + 1].meaning
            var t = matches[k].tokens.upperBound
            guard matcher.sameLine(t - 1) else { continue }
            var separated = false
            if matcher.isPunct(t, ",") { t += 1; separated = true }
            if matcher.cue(t) == .on { t += 1; separated = true }
            guard t == matches[k + 1].tokens.lowerBound else { continue }
            switch next {
            case .date(_, _, _?), .weekday, .relativeDay, .anaphoric(.day, _, _):
                matches[k].meaning = .timeOfDay(hour: hour, minute: minute, day: next)
                if !separated, matches[k + 1].type == .date {
                    matches[k].tokens = matches[k].tokens.lowerBound..<matches[k + 1].tokens.upperBound
                    matches[k].mergedDay = true
                    merged.append(k + 1)
                }
            default:
                continue
            }
        }
        for k in merged.reversed() { matches.remove(at: k) }
    }

    /// The index of the first token starting at or after `offset`.
    static func tokenIndex(_ tokens: [Token], atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

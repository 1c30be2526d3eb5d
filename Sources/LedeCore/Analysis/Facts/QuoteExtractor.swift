/// Finds, for each direct quote, the words that say who spoke it, by the conventions of news writing:
/// - the verb of saying next to the quote, on either side: “…,” said Smith; “…,” Smith said; “…” Smith told
///   Reuters; Smith said: “…”; Smith told NBC News, “…”;
/// - a verb of saying elsewhere in the quote's sentence, for quotes inside the writer's sentence: Reeves said he
///   was “appalled”; McConnell called the debt “the transcendent issue of our era”; “We must pay attention to
///   what is written” in that law, Azzouz said;
/// - the sentence that introduces a list of what someone said ("President Obama also said:");
/// - the subject of a sentence that ends in a colon before the quote, or of the sentence just before a quote that
///   opens the next one ("Alverson summed up the journey: “…”").
///
/// A quote with none of these is left to `SpeakerResolver`'s reading of the discourse (the previous quote's
/// speaker, the previous paragraph's) when it stands as a sentence of its own; a few words in quotation marks
/// inside a sentence with no verb of saying are scare quotes or names, not speech.
struct QuoteExtractor {
    let t: FactTokens
    let context: AnalysisContext
    let mentions: MentionIndex
    let blocks: BlockIndex

    /// What the text says next to one quote.
    struct Cue {
        var span: QuoteSpan
        /// The speaker phrase, unresolved.
        var phrase: SpeakerPhrase?
        /// The verb of saying that introduced the quote, when one did.
        var verb: Int?
        /// The rule that found the phrase.
        var rule: String
        /// A sentence of its own, or six words or more: speech even with no verb of saying next to it.
        var standalone: Bool
        /// The quote opens its paragraph.
        var opensBlock: Bool
        /// Joined to the quote before it in the same sentence by "and", "or" or a comma: "called the sentence
        /// “dangerous” and “ideological”". It has that quote's speaker.
        var joined = false
    }

    private typealias S = SpeechLexicon

    func cues(_ spans: [QuoteSpan]) -> [Cue] {
        var out: [Cue] = []
        for (n, span) in spans.enumerated() {
            var words = 0, capitalised = 0, lowercase = 0
            for part in span.parts {
                var k = t.index(atOrAfter: part.start)
                while k < t.count && t.end(k) <= part.end {
                    if t.isWord(k) {
                        words += 1
                        if t.isCapitalized(k) { capitalised += 1 } else if Self.titleFunctionWords.contains(t.keys[k]) { lowercase += 1 }
                    }
                    k += 1
                }
            }
            guard words > 0 else { continue }
            // Every word capitalised: a title ("The Internet Explorer 6 Countdown", "War and Peace"), not speech,
            // unless it ends a sentence inside the marks ("It’s ‘Showtime at the Apollo.’").
            if capitalised + lowercase == words && capitalised > 0 && words <= 10 && !endsSentence(span) { continue }
            // "the so-called “metadata”".
            if t.key(span.open - 1) == Self.soCalled || (t.key(span.open - 1) == Self.called && t.key(span.open - 2) == Self.so) {
                continue
            }
            let sentence = context.sentence(containing: t.start(span.open))
            let startsSentence = sentence?.start == t.start(span.open) || t.isMark(span.open - 1, ":")
                || blocks.blocks[span.firstBlock].range.start == t.start(span.open)
            var cue = Cue(span: span, phrase: nil, verb: nil, rule: "", standalone: startsSentence || words >= 6,
                          opensBlock: blocks.blocks[span.firstBlock].range.start == t.start(span.open))
            if let close = span.close, let (p, v) = speakerAfter(close) {
                cue.phrase = p; cue.verb = v; cue.rule = "verb-after"
            } else if let (p, v) = speakerBefore(span.open) {
                cue.phrase = p; cue.verb = v; cue.rule = "verb-before"
            } else if let (p, v) = sameSentence(span) {
                cue.phrase = p; cue.verb = v; cue.rule = "same-sentence"
            } else if let (p, v) = listIntro(span) {
                cue.phrase = p; cue.verb = v; cue.rule = "list-intro"
            } else if let p = colonSubject(span) {
                cue.phrase = p; cue.rule = "colon-subject"
            } else if cue.standalone && startsSentence && words >= 4, let p = previousSentenceSubject(span) {
                cue.phrase = p; cue.rule = "previous-sentence"
            } else if n > 0, let prev = spans[n - 1].close, isJoined(prev, span.open) {
                cue.joined = true
                cue.rule = "joined"
            } else if !cue.standalone {
                continue
            }
            out.append(cue)
        }
        return out
    }

    /// Only "and", "or", commas and bracketed asides lie between the closing mark `c` and the opening mark `o`, in
    /// one sentence: "“dangerous” ((it)) and “ideological”".
    private func isJoined(_ c: Int, _ o: Int) -> Bool {
        guard o > c + 1, o - c <= 12, sameBlock(c, o), context.sentence(containing: t.start(c)) == context.sentence(containing: t.start(o))
        else { return false }
        var connector = false
        var depth = 0
        for k in (c + 1)..<o {
            if t.isMark(k, "(") { depth += 1; continue }
            if t.isMark(k, ")") { depth -= 1; continue }
            if depth > 0 { continue }
            if t.key(k) == Keys.and || t.key(k) == Self.or { connector = true; continue }
            if t.isMark(k, ",") { connector = true; continue }
            return false
        }
        return connector
    }

    private static let or = WordKey.of("or")

    /// The quoted words end with a full stop, a question or an exclamation mark.
    private func endsSentence(_ span: QuoteSpan) -> Bool {
        var e = span.parts[span.parts.count - 1].end
        while e > span.parts[0].start {
            let c = t.scalars[e - 1]
            if ScalarClass.isSpace(c) || c == "\u{2019}" || c == "'" { e -= 1; continue }
            return c == "." || c == "!" || c == "?" || c == "\u{2026}"
        }
        return false
    }

    // MARK: The verb next to the quote

    private func sameBlock(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b >= 0 && a < t.count && b < t.count && blocks.index(t.start(a)) == blocks.index(t.start(b))
    }

    /// The part of the sentence holding token `k` that lies in `k`'s block.
    private func clause(_ k: Int) -> TextRange? {
        guard let s = context.sentence(containing: t.start(k)) else { return nil }
        let b = blocks.index(t.start(k))
        guard b >= 0 else { return s }
        let r = blocks.blocks[b].range
        return TextRange(max(s.start, r.start), min(s.end, r.end))
    }

    private func isVerb(_ k: Int, _ set: Set<UInt64>) -> Bool {
        t.isWord(k) && set.contains(t.keys[k]) && ScalarClass.isLower(t.first(k))
    }

    /// “…,” said Smith / “…,” Smith said / “…,” he told reporters / “…,” Seoul resident Margie Kim said.
    private func speakerAfter(_ c: Int) -> (SpeakerPhrase, Int)? {
        var k = c + 1
        if t.isMark(k, ",") { k += 1 }
        guard k < t.count, sameBlock(k, c), let sentence = clause(k) ?? clause(c) else { return nil }
        let end = max(sentence.end, t.end(k))
        if isVerb(k, S.quoteVerbs) {
            // "…,” told Reuters" is no inverted subject: "told" takes its listener after it.
            guard !S.objectVerbs.contains(t.keys[k]) else { return nil }
            return SpeakerPhrase.right(of: k, t, mentions, sentenceEnd: end).map { ($0, k) }
        }
        // Subject then verb, within a few words (titles, "Mr.", initials included).
        var v = k
        var n = 0
        while v < t.count && n < 9 && t.end(v) <= end {
            if t.isWord(v) {
                if isVerb(v, S.quoteVerbs) { break }
                n += 1
            } else if !((t.isMark(v, ".") || t.isMark(v, "-")) && t.touching(v - 1, v)) {
                break
            }
            v += 1
        }
        // "…," Khaled Al-Maeena, editor at large at the Saudi Gazette, said: the subject's aside between commas.
        if v > k && t.isMark(v, ",") {
            var a = v + 1
            while a < t.count && a - v < SpeakerPhrase.asideLimit && !t.isClauseBreak(a) && t.end(a) <= end { a += 1 }
            if t.isMark(a, ","), isVerb(a + 1, S.quoteVerbs) { v = a + 1 }
        }
        guard v > k, v < t.count, isVerb(v, S.quoteVerbs), t.end(v) <= end,
              let p = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: t.start(k)), p.first >= k else { return nil }
        return (p, v)
    }

    /// Smith said: “…” / Smith told reporters, “…” / said Smith, “…” / …, saying “…”.
    private func speakerBefore(_ o: Int) -> (SpeakerPhrase, Int)? {
        var k = o - 1
        guard k >= 0, sameBlock(k, o) else { return nil }
        if t.isMark(k, ":") || t.isMark(k, ",") { k -= 1 }
        guard k >= 0, let sentence = clause(k) else { return nil }
        // The verb, possibly followed by its object: "told reporters", "told CNN", "said in a statement".
        var v = k
        while v >= 0 && k - v < 4 && t.isWord(v) && !S.quoteVerbs.contains(t.keys[v]) { v -= 1 }
        guard v >= 0, isVerb(v, S.quoteVerbs), t.start(v) >= sentence.start else { return nil }
        if S.participles.contains(t.keys[v]) {
            return participleSubject(v, sentenceStart: sentence.start).map { ($0, v) }
        }
        if let p = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: sentence.start) { return (p, v) }
        if !S.objectVerbs.contains(t.keys[v]), let p = SpeakerPhrase.right(of: v, t, mentions, sentenceEnd: t.start(o)) {
            return (p, v)
        }
        return nil
    }

    /// "Hugo Chavez sent his good wishes during his weekly broadcast saying “…”": a participle's speaker is the
    /// subject of its clause, the first person (else organisation) named in it, not the words right before it.
    private func participleSubject(_ v: Int, sentenceStart: Int) -> SpeakerPhrase? {
        // "with one poster writing “…”": the noun before the participle.
        var w = v - 1
        while w >= 0 && v - w <= 4 && t.isWord(w) && t.start(w) >= sentenceStart && t.keys[w] != Self.with { w -= 1 }
        if w >= 0, t.key(w) == Self.with, w < v - 1,
           let p = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: t.end(w)) { return p }
        // "One poster admitted to being a part of the effort, writing in a blog post “…”": the subject of the
        // verb of saying the sentence began with.
        var k = t.index(atOrAfter: sentenceStart)
        while k < v {
            if t.isPunctuation(k) && FactTokens.isQuoteMark(t.first(k)) { break }
            if isVerb(k, S.verbs) && !S.participles.contains(t.keys[k]),
               let p = SpeakerPhrase.left(of: k, t, mentions, sentenceStart: sentenceStart) { return p }
            k += 1
        }
        return AttributionExtractor.firstNamed(before: v, t, mentions, sentenceStart: sentenceStart)
    }

    // MARK: The quote's sentence

    /// A verb of saying elsewhere in the quote's sentence: before it ("said he was “appalled”", "called it “…”",
    /// "saying in a statement that it “will not break …”", "has been described as “heartbreaking” by the
    /// department") or after it past a comma ("“…” in that law, Azzouz said").
    private func sameSentence(_ span: QuoteSpan) -> (SpeakerPhrase, Int?)? {
        guard let sentence = clause(span.open) else { return nil }
        var before: (SpeakerPhrase, Int)?
        var j = span.open - 1
        while j >= 0 && t.start(j) >= sentence.start {
            if t.isPunctuation(j) && FactTokens.isQuoteMark(t.first(j)) { break }
            // "Per the statement, Franklin died …, “surrounded by family …”", "according to the notes — “…”".
            if (t.key(j) == Keys.according && t.key(j + 1) == Keys.to)
                || (t.key(j) == Keys.per && t.start(j) == sentence.start) {
                if let p = accordingPhrase(j) { before = (p, j) }
                break
            }
            if isVerb(j, S.fragmentVerbs) && t.key(j - 1) != Keys.to && !AttributionExtractor.isNounUse(j, t)
                && (t.keys[j] != Self.pointed && t.keys[j] != Self.points || t.key(j + 1) == Self.out) {
                if S.participles.contains(t.keys[j]) {
                    if let p = participleSubject(j, sentenceStart: sentence.start) { before = (p, j) }
                } else if S.passives.contains(t.key(j - 1)) || (t.key(j - 1) == Self.been) {
                    if let c = span.close, t.key(c + 1) == Keys.by,
                       let p = SpeakerPhrase.right(of: c + 1, t, mentions, sentenceEnd: sentence.end) { before = (p, j) }
                } else if let p = SpeakerPhrase.left(of: j, t, mentions, sentenceStart: sentence.start) {
                    before = (p, j)
                }
                break
            }
            j -= 1
        }
        var after: (SpeakerPhrase, Int)?
        if let c = span.close {
            var k = c + 1
            var brokeOff = false
            while k < t.count && t.end(k) <= sentence.end {
                if t.isPunctuation(k) {
                    if FactTokens.isQuoteMark(t.first(k)) { break }
                    if t.isMark(k, ",") || FactTokens.isDash(t.first(k)) { brokeOff = true }
                } else if brokeOff && t.key(k) == Keys.according && t.key(k + 1) == Keys.to {
                    if let p = accordingPhrase(k) { after = (p, k) }
                    break
                } else if brokeOff && isVerb(k, S.quoteVerbs) {
                    if let p = SpeakerPhrase.left(of: k, t, mentions, sentenceStart: t.start(c + 1)) {
                        after = (p, k)
                    } else if !S.objectVerbs.contains(t.keys[k]),
                              let p = SpeakerPhrase.right(of: k, t, mentions, sentenceEnd: sentence.end) {
                        after = (p, k)
                    }
                    break
                }
                k += 1
            }
        }
        switch (before, after) {
        case let (b?, a?): return span.open - b.1 <= a.1 - (span.close ?? span.open) ? b : a
        case let (b?, nil): return b
        case let (nil, a?): return a
        default: return nil
        }
    }

    /// The source of the "according to" (or "per") at token `k`, as a speaker phrase.
    private func accordingPhrase(_ k: Int) -> SpeakerPhrase? {
        guard let a = AttributionExtractor(t: t, context: context, mentions: mentions).according(k), let name = a.source
        else { return nil }
        let first = k + (t.key(k) == Keys.per ? 1 : 2)
        let last = max(first, t.index(atOrAfter: a.range.end - 1))
        let id = a.entities.first { mentions.index(of: $0).map { mentions.entities[$0].name == name } ?? false }
        return SpeakerPhrase(first: first, last: last, name: name, entity: id, isPronoun: false)
    }

    /// A list item after "President Obama also said:": what the list says, the speaker said.
    private func listIntro(_ span: QuoteSpan) -> (SpeakerPhrase, Int)? {
        var b = span.firstBlock
        guard blocks.blocks[b].kind == .listItem else { return nil }
        while b > 0 && blocks.blocks[b - 1].kind == .listItem { b -= 1 }
        let intro = b - 1
        guard intro >= 0, blocks.blocks[intro].kind == .paragraph else { return nil }
        let end = t.index(atOrAfter: blocks.blocks[intro].range.end) - 1
        guard end > 0, t.isMark(end, ":"), let sentence = clause(end) else { return nil }
        var v = end - 1
        while v >= 0 && end - v < 5 && !isVerb(v, S.quoteVerbs) { v -= 1 }
        guard v >= 0, isVerb(v, S.quoteVerbs),
              let p = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: sentence.start) else { return nil }
        return (p, v)
    }

    /// "Alverson summed up the journey …: “…”": a sentence that opens with a name and leads into the quote with a
    /// colon gives the quote to that name.
    private func colonSubject(_ span: QuoteSpan) -> SpeakerPhrase? {
        if t.isMark(span.open - 1, ":"), sameBlock(span.open - 1, span.open), let sentence = clause(span.open - 1) {
            return subject(openingAt: sentence.start, orPronounBefore: span.open - 1)
        }
        // "But here is his text: / “Divinatory Meanings: …”": a paragraph that ends with a colon introduces the
        // quote that opens the next.
        guard blocks.blocks[span.firstBlock].range.start == t.start(span.open), span.open > 0, t.isMark(span.open - 1, ":"),
              let sentence = clause(span.open - 1) else { return nil }
        return subject(openingAt: sentence.start, orPronounBefore: span.open - 1)
    }

    /// "Charles Schultze … once summed up the danger of deficits with a metaphor. “It’s not so much …”": a quote
    /// that opens a sentence right after one that opens with a person's name, in the same paragraph.
    private func previousSentenceSubject(_ span: QuoteSpan) -> SpeakerPhrase? {
        guard let sentence = clause(span.open), sentence.start == t.start(span.open), span.open > 0,
              let previous = context.sentence(containing: t.start(span.open - 1)),
              previous.start >= blocks.blocks[span.firstBlock].range.start else { return nil }
        var k = t.index(atOrAfter: previous.start)
        while k < t.count && t.start(k) < previous.end {
            if t.isPunctuation(k) && FactTokens.isQuoteMark(t.first(k)) { return nil }
            k += 1
        }
        guard let p = subject(openingAt: previous.start), let e = p.entity, let i = mentions.index(of: e),
              mentions.entities[i].type == .person else { return nil }
        return p
    }

    /// The person or organisation named at the start of the sentence starting at `start` (after "But", "And"),
    /// else, with `end`, the first "he", "she", "his" or "her" before token `end` ("But here is his text:").
    private func subject(openingAt start: Int, orPronounBefore end: Int? = nil) -> SpeakerPhrase? {
        var k = t.index(atOrAfter: start)
        if Self.openers.contains(t.key(k)) { k += 1; if t.isMark(k, ",") { k += 1 } }
        // "He put it this way: “…”", "But here is his text:": a pronoun opening the sentence, or a possessive
        // just before the colon.
        if let end, mentions.starting(at: t.start(k)) == nil {
            for j in [k, end - 1, end - 2, end - 3] where j >= k && j < end {
                let key = t.key(j)
                guard let g = GenderLexicon.pronouns[key], j == k ? S.personalPronouns.contains(key) : !S.personalPronouns.contains(key)
                else { continue }
                return SpeakerPhrase(first: j, last: j, name: g == .male ? "he" : "she", entity: nil, isPronoun: true)
            }
        }
        guard k < t.count, let m = mentions.starting(at: t.start(k)),
              mentions.entities[m.entity].type == .person || mentions.entities[m.entity].type == .organization
        else { return nil }
        let e = mentions.entities[m.entity]
        return SpeakerPhrase(first: k, last: t.index(atOrAfter: m.range.end - 1), name: e.name, entity: e.id,
                             isPronoun: false)
    }

    private static let pointed = WordKey.of("pointed")
    private static let points = WordKey.of("points")
    private static let out = WordKey.of("out")
    private static let with = WordKey.of("with")
    private static let soCalled = WordKey.of("so-called")
    private static let so = WordKey.of("so")
    private static let called = WordKey.of("called")
    private static let been = WordKey.of("been")
    private static let openers: Set<UInt64> = WordKey.set(["but", "and", "then", "still", "yet", "later", "now"])
    /// Words a title leaves in lowercase: "War and Peace", "The Lair of the White Worm".
    private static let titleFunctionWords: Set<UInt64> = WordKey.set([
        "and", "of", "the", "a", "an", "in", "on", "at", "to", "for", "or", "vs", "with", "from", "by",
    ])
}

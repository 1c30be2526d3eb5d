/// Finds direct quotes and their speakers: “…,” said Smith; Smith said: “…”; “…,” Smith told CNN; quotes over
/// several sentences, and quotes that go on after "he said" in the same paragraph.
struct QuoteExtractor {
    let t: FactTokens
    let context: AnalysisContext
    let mentions: MentionIndex

    /// A quote with the verb of saying that introduced it.
    struct Found {
        var fact: Fact
        var verb: Int?
        /// The speaker phrase and its verb ("Khaled Al-Maeena, editor at large at the Saudi Gazette, said"), when
        /// the quote has its own verb of saying: a direct quote is a claim attributed to its speaker.
        var attribution: Fact?
    }

    private typealias S = SpeechLexicon

    /// Pairs the quotation marks (token indices, in order) and attaches speakers.
    func extract(marks: [Int]) -> [Found] {
        var out: [Found] = []
        var open: Int?
        var lastSpeaker: (name: String, entity: String?, block: Int, end: Int)?
        for m in marks {
            let c = t.first(m)
            let opens: Bool
            switch c {
            case "\u{201C}", "\u{00AB}", "\u{201E}": opens = true
            case "\u{201D}", "\u{00BB}": opens = false
            default:
                // A straight quote opens after a space or an opening bracket and before a non-space.
                let before = t.start(m) == 0 || ScalarClass.isSpace(t.scalars[t.start(m) - 1])
                    || "([{\u{2014}\u{2013}".unicodeScalars.contains(t.scalars[t.start(m) - 1])
                opens = open == nil && before
            }
            if opens {
                open = m
                continue
            }
            guard let o = open else { continue }
            open = nil
            // A quote stays inside its paragraph.
            guard blockIndex(t.start(o)) == blockIndex(t.start(m)) else { continue }
            guard var f = quote(o, m, lastSpeaker: lastSpeaker) else { continue }
            if let name = f.fact.speaker {
                lastSpeaker = (name, f.fact.entities.first, blockIndex(t.start(m)), t.end(m))
            }
            f.fact.entities = mergedIds(f.fact.entities, mentions.ids(in: f.fact.range))
            out.append(f)
        }
        return out
    }

    private func quote(_ o: Int, _ c: Int, lastSpeaker: (name: String, entity: String?, block: Int, end: Int)?) -> Found? {
        var words = 0
        for k in (o + 1)..<c where t.isWord(k) { words += 1 }
        // One or two words in quotes are titles or scare quotes, not speech.
        guard words >= 3 else { return nil }
        // Every word capitalised: a title ("The Internet Explorer 6 Countdown"), not speech.
        var capitalised = 0
        for k in (o + 1)..<c where t.isCapitalized(k) { capitalised += 1 }
        if capitalised == words && words <= 10 { return nil }
        let inner = TextRange(t.end(o), t.start(c))
        let sentence = context.sentence(containing: t.start(o)) ?? inner
        var speaker: SpeakerPhrase?
        var verb: Int?
        if let (p, v) = speakerAfter(c) { speaker = p; verb = v } else if let (p, v) = speakerBefore(o) { speaker = p; verb = v }
        var range = TextRange(t.start(o), t.end(c))
        var attribution: Fact?
        var fact = Fact(kind: .quote, range: range, sentence: sentence)
        fact.quote = t.text(inner)
        if var p = speaker {
            // "it added", "they said": the source of the quote just before, when there is one.
            if p.isPronoun && p.entity == nil, let last = lastSpeaker {
                p.name = last.name
                p.entity = last.entity
            }
            fact.speaker = p.name
            fact.entities = p.entity.map { [$0] } ?? []
            range = TextRange(min(range.start, t.start(p.first)), max(range.end, t.end(p.last)))
            if let v = verb {
                range = TextRange(min(range.start, t.start(v)), max(range.end, t.end(v)))
                if !p.isPronoun || p.entity != nil {
                    let r = TextRange(min(t.start(p.first), t.start(v)), max(t.end(p.last), t.end(v)))
                    var a = Fact(kind: .attribution, range: r, sentence: context.sentence(containing: r.start) ?? sentence,
                                 entities: p.entity.map { [$0] } ?? [])
                    a.source = p.name
                    attribution = a
                }
            }
            fact.range = range
        } else if let last = lastSpeaker, last.block == blockIndex(t.start(o)) {
            // “…,” he said. “…” — the quote goes on, same speaker.
            fact.speaker = last.name
            fact.entities = last.entity.map { [$0] } ?? []
        } else {
            return nil
        }
        return Found(fact: fact, verb: verb, attribution: attribution)
    }

    /// “…,” said Smith / “…,” Smith said / “…,” he told reporters.
    private func speakerAfter(_ c: Int) -> (SpeakerPhrase, Int)? {
        var k = c + 1
        if t.isMark(k, ",") { k += 1 }
        guard let sentence = context.sentence(containing: t.start(min(k, t.count - 1))) ?? context.sentence(containing: t.start(c)),
              k < t.count else { return nil }
        if S.quoteVerbs.contains(t.key(k)) {
            if let p = SpeakerPhrase.right(of: k, t, mentions, sentenceEnd: max(sentence.end, t.end(k))) { return (p, k) }
            return nil
        }
        // Subject then verb, within a few words.
        var v = k
        while v < t.count && v - k < 7 && t.isWord(v) && !S.quoteVerbs.contains(t.keys[v]) { v += 1 }
        // "…," Khaled Al-Maeena, editor at large at the Saudi Gazette, said: the subject's aside between commas.
        if v > k && t.isMark(v, ",") {
            var c = v + 1
            while c < t.count && c - v < SpeakerPhrase.asideLimit && !t.isClauseBreak(c) && t.end(c) <= sentence.end { c += 1 }
            if t.isMark(c, ","), t.isWord(c + 1), S.quoteVerbs.contains(t.keys[c + 1]) { v = c + 1 }
        }
        guard v < t.count, t.isWord(v), S.quoteVerbs.contains(t.keys[v]), v > k else { return nil }
        guard let p = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: t.start(k)), p.first == k else { return nil }
        return (p, v)
    }

    /// Smith said: “…” / Smith told reporters, “…” / said Smith, “…”.
    private func speakerBefore(_ o: Int) -> (SpeakerPhrase, Int)? {
        var k = o - 1
        guard k >= 0 else { return nil }
        if t.isMark(k, ":") || t.isMark(k, ",") { k -= 1 }
        let sentence = context.sentence(containing: t.start(max(k, 0)))
        let sentenceStart = sentence?.start ?? 0
        // The verb, possibly followed by its object: "told reporters", "told CNN".
        var v = k
        while v >= 0 && k - v < 4 && t.isWord(v) && !S.quoteVerbs.contains(t.keys[v]) { v -= 1 }
        guard v >= 0, t.isWord(v), S.quoteVerbs.contains(t.keys[v]), t.start(v) >= sentenceStart else { return nil }
        // "Hugo Chavez sent his good wishes during his weekly broadcast saying “…”": a participle's speaker is the
        // subject of the clause, the first person or organisation named in it, not the words right before it.
        if S.participles.contains(t.keys[v]) {
            let named = mentions.overlapping(TextRange(sentenceStart, t.start(v)))
            guard let m = named.first(where: { mentions.entities[$0.entity].type == .person })
                    ?? named.first(where: { mentions.entities[$0.entity].type == .organization }) else { return nil }
            let e = mentions.entities[m.entity]
            let first = t.index(atOrAfter: m.range.start)
            return (SpeakerPhrase(first: first, last: t.index(atOrAfter: m.range.end - 1), name: e.name, entity: e.id,
                                  isPronoun: false), v)
        }
        if let p = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: sentenceStart) { return (p, v) }
        if let p = SpeakerPhrase.right(of: v, t, mentions, sentenceEnd: t.start(o)) { return (p, v) }
        return nil
    }

    private func mergedIds(_ a: [String], _ b: [String]) -> [String] {
        var out = a
        for x in b where !out.contains(x) { out.append(x) }
        return out
    }

    /// Index of the block holding `offset` (blocks are sorted and do not overlap); -1 outside every block.
    private func blockIndex(_ offset: Int) -> Int {
        let blocks = context.article.blocks
        var lo = 0, hi = blocks.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if offset < blocks[mid].range.start { hi = mid - 1 } else if offset >= blocks[mid].range.end { lo = mid + 1 } else { return mid }
        }
        return -1
    }
}

/// The quotes and attributions of an article, read in the order of the text so that each speaker is resolved
/// against who has spoken before: a pronoun, a surname or "the company" goes back to someone already met, and a
/// quote with no verb of saying of its own takes its speaker from the discourse:
/// - the speaker of the previous quote in its paragraph ("“…,” he said. “…”");
/// - when its paragraph opens with it and attributes nothing, the last speaker of the paragraph before, else the
///   person that paragraph was about ("Lee said. / “There is no other way but to leave office early.”").
struct Claims {
    let t: FactTokens
    let context: AnalysisContext
    let mentions: MentionIndex

    private typealias S = SpeechLexicon

    /// An attribution found at a verb of saying or an "according to", before its source is resolved.
    private struct Raw {
        var fact: Fact
        var phrase: SpeakerPhrase?
        var rule: String
    }

    private enum Event {
        case quote(Int)
        case attribution(Raw)
    }

    func extract(quoteMarks: [Int], singleMarks: [Int], speechVerbs: [Int], according: [Int],
                 roles: [(entity: String, role: Role)]) -> [Fact] {
        let blocks = BlockIndex(context.article.blocks, scalars: t.scalars)
        let explain = context.options.explain
        var spans = QuoteSpans.pair(t, blocks, marks: quoteMarks)
        if !singleMarks.isEmpty {
            spans += QuoteSpans.pairSingles(t, blocks, marks: singleMarks, outside: spans)
            spans.sort { $0.open < $1.open }
        }
        let inside = spans.flatMap(\.parts).sorted()
        let quoted: (Int) -> Bool = { offset in
            var lo = 0, hi = inside.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if inside[mid].end <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < inside.count && inside[lo].start <= offset
        }
        let (t, mentions, sentences) = (self.t, self.mentions, context.sentences)
        var resolver = SpeakerResolver(t: t, mentions: mentions, blocks: blocks,
                                       gender: { PersonGender(t, mentions, sentences: sentences, quoted: quoted) },
                                       sentences: context.sentences, roles: roles, quoted: quoted)
        let cues = QuoteExtractor(t: t, context: context, mentions: mentions, blocks: blocks).cues(spans)
        let extractor = AttributionExtractor(t: t, context: context, mentions: mentions)

        var events: [(at: Int, event: Event)] = []
        var speaking = Set<Int>() // blocks that attribute something themselves
        for (k, c) in cues.enumerated() {
            events.append((t.start(c.span.open), .quote(k)))
            if c.verb != nil { speaking.insert(c.span.firstBlock) }
        }
        // Verbs of saying inside a quote or an "according to" phrase attribute nothing themselves.
        var claimed = spans.map { $0.range(t) }
        for a in according {
            if let f = extractor.according(a) {
                claimed.append(f.range)
                let first = a + (t.key(a) == Keys.per ? 1 : 2)
                let last = max(first, t.index(atOrAfter: f.range.end) - 1)
                let phrase = f.entities.isEmpty
                    ? SpeakerPhrase(first: first, last: last, name: f.source ?? "", entity: nil, isPronoun: false) : nil
                events.append((f.range.start, .attribution(Raw(fact: f, phrase: phrase, rule: "according-to"))))
                speaking.insert(blocks.index(f.range.start))
            }
        }
        claimed.sort()
        let quoteVerbs = Set(cues.compactMap(\.verb))
        var c = 0
        var reach = -1
        var previous: Raw?
        for v in speechVerbs where !quoteVerbs.contains(v) {
            let at = t.start(v)
            while c < claimed.count && claimed[c].start <= at {
                reach = max(reach, claimed[c].end)
                c += 1
            }
            if at < reach { continue }
            var raw: Raw?
            if let (f, p) = extractor.speech(v) {
                raw = Raw(fact: f, phrase: p, rule: t.isMark(v - 1, ",") && p.first > v ? "verb-subject" : "subject-verb")
            } else if let prev = previous, let f = extractor.coordinated(v, previous: prev.fact) {
                raw = Raw(fact: f, phrase: prev.phrase, rule: "coordinated")
            } else if let (f, p) = extractor.clauseSubject(v) {
                raw = Raw(fact: f, phrase: p, rule: "clause-subject")
            }
            if let r = raw {
                events.append((r.fact.range.start, .attribution(r)))
                speaking.insert(blocks.index(at))
                previous = r
            }
        }
        events.sort { $0.at < $1.at }

        var facts: [Fact] = []
        var lastQuote: (speaker: SpeakerResolver.Resolved, block: Int)?
        var attributed = Set<Int>() // verbs that already gave an attribution
        for (_, event) in events {
            switch event {
            case .attribution(var raw):
                let block = blocks.index(raw.fact.range.start)
                var rule = raw.rule
                if let p = raw.phrase {
                    guard let r = resolver.resolve(p, at: t.start(p.first), block: block) else { continue }
                    if r.name.isEmpty { continue }
                    raw.fact.source = r.name
                    raw.fact.entities = r.entity.map { [$0] } ?? []
                    if let how = r.rule { rule += "+" + how }
                    resolver.record(r, at: raw.fact.range.start, block: block)
                }
                if explain { raw.fact.explanation = FactRule.explanation("attribution", rule, speaker: raw.fact.source) }
                facts.append(raw.fact)
            case .quote(let k):
                let cue = cues[k]
                let span = cue.span
                var speaker: SpeakerResolver.Resolved?
                var rule = cue.rule
                if let p = cue.phrase {
                    speaker = resolver.resolve(p, at: t.start(p.first), block: span.firstBlock)
                    if let how = speaker?.rule { rule += "+" + how }
                }
                if speaker == nil && cue.joined, let last = lastQuote, last.block == span.firstBlock {
                    speaker = last.speaker
                }
                if speaker == nil && cue.standalone {
                    if let last = lastQuote, last.block == span.firstBlock {
                        speaker = last.speaker
                        rule = "previous-quote"
                    } else if cue.opensBlock, !speaking.contains(span.firstBlock),
                              let prev = blocks.previousParagraph(before: span.firstBlock) {
                        speaker = resolver.lastSpeaker(in: prev) ?? resolver.lastSubject(in: prev)
                        rule = "previous-paragraph"
                    }
                }
                guard let who = speaker, !who.name.isEmpty else { continue }
                var range = span.range(t)
                let sentence = context.sentence(containing: t.start(span.open)) ?? range
                var attribution: Fact?
                if let p = cue.phrase, cue.rule != "previous-sentence" {
                    var r = TextRange(t.start(p.first), t.end(p.last))
                    if let v = cue.verb { r = TextRange(min(r.start, t.start(v)), max(r.end, t.end(v))) }
                    // A speaker named in another paragraph (a list's intro, "here is his text:") leaves the quote in
                    // its own.
                    if blocks.index(r.start) == span.firstBlock {
                        range = TextRange(min(range.start, r.start), max(range.end, r.end))
                    }
                    if let v = cue.verb, attributed.insert(v).inserted {
                        var a = Fact(kind: .attribution, range: r, sentence: context.sentence(containing: r.start) ?? sentence,
                                     entities: who.entity.map { [$0] } ?? [])
                        a.source = who.name
                        if explain { a.explanation = FactRule.explanation("attribution", "quote-" + rule, speaker: who.name) }
                        attribution = a
                    }
                }
                var fact = Fact(kind: .quote, range: range, sentence: sentence)
                fact.quote = span.parts.map { t.text($0) }.joined(separator: "\n")
                fact.speaker = who.name
                if explain { fact.explanation = FactRule.explanation("quote", rule, speaker: who.name) }
                fact.entities = who.entity.map { [$0] } ?? []
                for id in mentions.ids(in: range) where !fact.entities.contains(id) { fact.entities.append(id) }
                facts.append(fact)
                if let a = attribution { facts.append(a) }
                resolver.record(who, at: range.start, block: span.lastBlock)
                lastQuote = (who, span.lastBlock)
            }
        }
        return facts
    }
}

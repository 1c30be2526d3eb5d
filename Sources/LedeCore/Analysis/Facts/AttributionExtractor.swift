/// Finds who claims are attributed to: "according to the Palestinian Health Ministry", "police said",
/// "officials told reporters", "said the ministry".
struct AttributionExtractor {
    let t: FactTokens
    let context: AnalysisContext
    let mentions: MentionIndex

    private typealias S = SpeechLexicon

    /// "according to X": the phrase after "to", up to the end of the clause. "Per the statement," opening a
    /// clause says the same ("$5 per day" does not open one).
    func according(_ i: Int) -> Fact? {
        guard let sentence = context.sentence(containing: t.start(i)) else { return nil }
        var k = i + 2
        if t.key(i) == Keys.per {
            guard t.start(i) == sentence.start || t.isMark(i - 1, ",") || t.isMark(i - 1, ";"),
                  t.key(i + 1) == Keys.the || t.isCapitalized(i + 1) else { return nil }
            k = i + 1
        } else if t.key(i + 1) != Keys.to {
            return nil
        }
        let first = k
        var last = -1
        while k < t.count && t.end(k) <= sentence.end && k - first < 10 {
            if t.isWord(k) {
                let key = t.keys[k]
                if S.subjectStops.contains(key) && key != Keys.to && key != Keys.from && key != Keys.at
                    && key != Keys.for_ { break }
                // "According to Rathbun the property": a new article after a name starts a new clause.
                if k > first && (key == Keys.the || key == Keys.a || key == Keys.an) && !isPreposition(t.key(k - 1)) {
                    break
                }
                if key == Keys.to || key == Keys.from || key == Keys.at || key == Keys.for_ {
                    // "according to a statement from the ministry": a preposition must lead on to more words.
                    if !t.isWord(k + 1) { break }
                }
                last = k
            } else if !((t.isMark(k, "-") || t.isMark(k, ".") || t.isMark(k, "&")) && t.touching(k - 1, k)) {
                break
            }
            k += 1
        }
        while last >= first && (S.determiners.contains(t.key(last)) || t.key(last) == Keys.of) { last -= 1 }
        guard last >= first else { return nil }
        let phrase = TextRange(t.start(first), t.end(last))
        let found = mentions.overlapping(phrase)
        var fact = Fact(kind: .attribution, range: TextRange(t.start(i), t.end(last)), sentence: sentence,
                        entities: mentions.ids(in: phrase))
        // "according to Cuban vice-premier Carlos Lage": a person named at the end of the phrase is the source.
        if let m = found.last, mentions.entities[m.entity].type == .person, m.range.end >= t.end(last) - 1 {
            fact.source = mentions.entities[m.entity].name
        } else if let m = found.first(where: { mentions.entities[$0.entity].type != .group }) ?? found.first,
           m.range.start <= t.start(first + (S.determiners.contains(t.key(first)) ? 1 : 0)) + 1,
           m.range.end >= t.end(last) - 1 {
            fact.source = mentions.entities[m.entity].name
        } else {
            var f = first
            if f < last && (t.keys[f] == Keys.the || t.keys[f] == Keys.a || t.keys[f] == Keys.an) { f += 1 }
            fact.source = t.text(from: f, through: last)
        }
        return fact
    }

    /// A reported clause follows verb `v`: "added that", "noted what", "said:", or after a short phrase of time or
    /// place, "announced on Friday that", "said in a statement that".
    private func opensClause(after v: Int) -> Bool {
        if S.clauseOpeners.contains(t.key(v + 1)) || t.isMark(v + 1, ":") { return true }
        guard S.clauseLeads.contains(t.key(v + 1)) else { return false }
        var k = v + 2
        while k < t.count && k - v <= 6 && (t.isWord(k) || t.isNumber(k)) {
            if t.keys[k] == Keys.that { return true }
            k += 1
        }
        return false
    }

    private func isPreposition(_ key: UInt64) -> Bool {
        key == Keys.of || key == Keys.from || key == Keys.at || key == Keys.for_ || key == Keys.to || key == Keys.by
    }

    /// A verb of saying with its subject: "police said", "said the ministry". Nil for passives ("is said to"),
    /// pronoun subjects, and verbs that already introduce a quote (`quoted`).
    func speech(_ v: Int) -> Fact? {
        guard let sentence = context.sentence(containing: t.start(v)) else { return nil }
        // Verbs are lowercase ("United States" is no verb), active ("is said to") and not nouns ("the said").
        guard ScalarClass.isLower(t.first(v)) else { return nil }
        if t.key(v - 1) == Keys.the || t.key(v - 1) == Keys.a { return nil }
        // "They were twice denied visas": passive past the adverbs too.
        var b = v - 1
        while b >= 0 && t.isWord(b) && S.adverbs.contains(t.keys[b]) && !S.passives.contains(t.keys[b]) { b -= 1 }
        if S.passives.contains(t.key(b)) { return nil }
        if S.weakVerbs.contains(t.keys[v]) && !opensClause(after: v) { return nil }
        var phrase = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: sentence.start)
        if phrase == nil && !S.objectVerbs.contains(t.keys[v])
            && (t.isMark(v - 1, ",") || t.isMark(v - 1, "\u{201D}") || t.isMark(v - 1, "\"")) {
            // ", said police." — only when the phrase closes the clause.
            phrase = SpeakerPhrase.right(of: v, t, mentions, sentenceEnd: sentence.end)
            if let p = phrase, !(t.isClauseBreak(p.last + 1) || p.last + 1 >= t.count) { phrase = nil }
        }
        guard let p = phrase, !p.isPronoun || p.entity != nil else { return nil }
        // Only named or generic sources, not bare pronouns or function words.
        let start = min(t.start(p.first), t.start(v)), end = max(t.end(p.last), t.end(v))
        var fact = Fact(kind: .attribution, range: TextRange(start, end), sentence: sentence,
                        entities: p.entity.map { [$0] } ?? [])
        fact.source = p.name
        return fact
    }

    /// "Lage denied reports … and said that …": a verb of saying joined by "and" to an earlier one in the same
    /// sentence shares its subject, the source of `previous`.
    func coordinated(_ v: Int, previous: Fact) -> Fact? {
        guard ScalarClass.isLower(t.first(v)), let sentence = context.sentence(containing: t.start(v)),
              sentence == previous.sentence, previous.range.end <= t.start(v) else { return nil }
        var k = v - 1
        while k >= 0 && t.isWord(k) && S.adverbs.contains(t.keys[k]) { k -= 1 }
        guard t.key(k) == Keys.and else { return nil }
        if S.weakVerbs.contains(t.keys[v]) && !opensClause(after: v) { return nil }
        var fact = Fact(kind: .attribution, range: TextRange(t.start(v), t.end(v)), sentence: sentence,
                        entities: previous.entities)
        fact.source = previous.source
        return fact
    }
}

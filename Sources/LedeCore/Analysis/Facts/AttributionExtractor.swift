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
                // "the World Travel and Tourism Council": "and" between capitalised words inside one name.
                if (key == Keys.and || t.isMark(k, "&")) && t.isCapitalized(k - 1) && t.isCapitalized(k + 1) && k > first {
                    k += 1
                    continue
                }
                if S.subjectStops.contains(key) && key != Keys.to && key != Keys.from && key != Keys.at
                    && key != Keys.for_ { break }
                // "according to an Internet posting made just over 24 hours ago": a participle starts what follows.
                if k > first + 1 && ScalarClass.isLower(t.first(k)) && !isPreposition(t.key(k - 1))
                    && (Self.participles.contains(key) || (t.tokens[k].range.length > 3
                        && t.scalars[t.end(k) - 1] == "d" && t.scalars[t.end(k) - 2] == "e")) {
                    break
                }
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
        // "According to the Afghan team's coach, Alireza Mehraban,": the name after the comma is the source.
        if t.isMark(last + 1, ","), last + 2 < t.count, let m = mentions.starting(at: t.start(last + 2)),
           mentions.entities[m.entity].type == .person {
            let end = t.index(atOrAfter: m.range.end - 1)
            if t.isClauseBreak(end + 1) || end + 1 >= t.count {
                var fact = Fact(kind: .attribution, range: TextRange(t.start(i), m.range.end), sentence: sentence,
                                entities: [mentions.entities[m.entity].id])
                fact.source = mentions.entities[m.entity].name
                return fact
            }
        }
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
        } else if let m = found.last, mentions.entities[m.entity].type == .organization, m.range.end >= t.end(last) - 1,
                  isDescription(from: first, to: t.index(atOrAfter: m.range.start) - 1) {
            // "according to whale rescue group Project Jonah": the organisation after its description.
            fact.source = mentions.entities[m.entity].name
        } else {
            var f = first
            if f < last && (t.keys[f] == Keys.the || t.keys[f] == Keys.a || t.keys[f] == Keys.an) { f += 1 }
            fact.source = t.text(from: f, through: last)
        }
        return fact
    }

    /// Token `k`, a form that is a verb of saying or a plural noun ("notes", "reports", "claims"), is the noun here:
    /// after an article or an article and an adjective ("the explanatory notes"), or before "of".
    static func isNounUse(_ k: Int, _ t: FactTokens) -> Bool {
        guard SpeechLexicon.nounForms.contains(t.key(k)) else { return false }
        return SpeechLexicon.determiners.contains(t.key(k - 1)) || t.key(k + 1) == Keys.of
    }

    /// Tokens `a...b` are lowercase words (with a leading article): a description before a name.
    private func isDescription(from a: Int, to b: Int) -> Bool {
        guard a <= b else { return false }
        for k in a...b where !t.isWord(k) || t.isCapitalized(k) { return false }
        return true
    }

    /// A reported clause follows verb `v`: "added that", "noted what", "said:", or after a short phrase of time or
    /// place, "announced on Friday that", "said in a statement that".
    private func opensClause(after v: Int) -> Bool {
        if S.clauseOpeners.contains(t.key(v + 1)) || t.isMark(v + 1, ":") { return true }
        if t.key(v + 1) == Self.out && S.clauseOpeners.contains(t.key(v + 2)) { return true }
        // "Experts say the research should …": a bare clause after "say", "think", "believe".
        if Self.bareClauseVerbs.contains(t.keys[v]) && (S.determiners.contains(t.key(v + 1)) || t.isCapitalized(v + 1)) {
            return true
        }
        // "elders say they are not listened to", "think it is".
        // Not "the jobs machine it thinks it is": a pronoun and a copula closing the clause say nothing.
        if S.clauseSubjects.contains(t.key(v + 1)) && !S.objectVerbs.contains(t.keys[v]) && t.isWord(v + 2)
            && !(S.passives.contains(t.key(v + 2)) && (t.isClauseBreak(v + 3) || v + 3 >= t.count)) { return true }
        // "described it as a stable but declining resource".
        if t.keys[v] == Self.described || t.keys[v] == Self.describes || t.keys[v] == Self.describe {
            for k in (v + 1)..<min(v + 8, t.count) where t.key(k) == Self.as_ { return true }
            return false
        }
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

    /// A verb of saying with its subject: "police said", "said the ministry", "…, said Ian Michaels, a
    /// spokesman". Nil for passives ("is said to"), verbs of saying that take no claim here ("declared martial
    /// law", "reported from Seoul") and subjects that name no one ("no group claimed"). A pronoun subject comes
    /// back unresolved, for `SpeakerResolver`.
    func speech(_ v: Int) -> (Fact, SpeakerPhrase)? {
        guard let sentence = context.sentence(containing: t.start(v)) else { return nil }
        // Verbs are lowercase ("United States" is no verb), active ("is said to") and not nouns ("the said").
        guard ScalarClass.isLower(t.first(v)) else { return nil }
        if t.key(v - 1) == Keys.the || t.key(v - 1) == Keys.a || Self.isNounUse(v, t) { return nil }
        // "pointed out that", not "pointed to".
        if (t.keys[v] == Self.pointed || t.keys[v] == Self.points) && t.key(v + 1) != Self.out { return nil }
        // "They were twice denied visas": passive past the adverbs too.
        var b = v - 1
        while b >= 0 && t.isWord(b) && S.adverbs.contains(t.keys[b]) && !S.passives.contains(t.keys[b]) { b -= 1 }
        if S.passives.contains(t.key(b)) { return nil }
        // "Stella Kim reported from Seoul": a byline, not a claim.
        if t.keys[v] == Self.reported && (t.key(v + 1) == Keys.from || t.key(v + 1) == Self.on) { return nil }
        if S.participles.contains(t.keys[v]) { return nil }
        if S.weakVerbs.contains(t.keys[v]) && !opensClause(after: v) && !isParenthetical(v, sentence) { return nil }
        var phrase: SpeakerPhrase?
        // ", said Ian Michaels, a spokesman." / ", said the officials, who added": after a comma that ends the
        // reported clause, the subject is after the verb.
        if !S.objectVerbs.contains(t.keys[v]) && (t.isMark(v - 1, ",") || t.isMark(v - 1, "\u{201D}") || t.isMark(v - 1, "\"")),
           let p = SpeakerPhrase.right(of: v, t, mentions, sentenceEnd: sentence.end),
           t.isClauseBreak(p.last + 1) || p.last + 1 >= t.count,
           p.entity != nil || S.determiners.contains(t.key(p.first)) || (t.isCapitalized(p.first) && !isTimeWord(p.first))
            || (p.first == p.last && SpeakerPhrase.isPlural(p.first, t)) {
            phrase = p
        }
        if phrase == nil { phrase = SpeakerPhrase.left(of: v, t, mentions, sentenceStart: sentence.start) }
        guard let p = phrase else { return nil }
        let start = min(t.start(p.first), t.start(v)), end = max(t.end(p.last), t.end(v))
        var fact = Fact(kind: .attribution, range: TextRange(start, end), sentence: sentence,
                        entities: p.entity.map { [$0] } ?? [])
        fact.source = p.name
        return (fact, p)
    }

    /// ", scientists think," / ", officials say.": a weak verb with its subject between a comma and the end of the
    /// clause attributes the clause before it.
    private func isParenthetical(_ v: Int, _ sentence: TextRange) -> Bool {
        // ", say economists,": the subject after the verb.
        if t.isMark(v - 1, ","), Self.parentheticalVerbs.contains(t.keys[v]) {
            var k = v + 1
            while k < t.count && k - v <= 3 && t.isWord(k) { k += 1 }
            if k > v + 1 && k - v <= 3 && (t.isMark(k, ",") || t.isMark(k, ".")) { return true }
        }
        guard t.isMark(v + 1, ",") || t.isMark(v + 1, ".") || t.end(v) == sentence.end else { return false }
        var k = v - 1
        while k >= 0 && v - k <= 4 && t.isWord(k) { k -= 1 }
        return k < v - 1 && t.isMark(k, ",")
    }

    /// "said Thursday", "said yesterday": a time after the verb, not its subject.
    private func isTimeWord(_ k: Int) -> Bool {
        QuantityLexicon.months.contains(t.key(k)) || Self.timeWords.contains(t.key(k))
    }

    private static let timeWords: Set<UInt64> = WordKey.set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
        "tomorrow", "earlier", "later", "recently", "last", "this", "on", "in",
    ])
    private static let participles: Set<UInt64> = WordKey.set([
        "made", "written", "given", "taken", "held", "seen", "shown", "known", "sent", "built", "found", "put", "set",
        "run", "led", "done", "made", "issued", "released", "published", "posted",
    ])
    private static let reported = WordKey.of("reported")
    private static let pointed = WordKey.of("pointed")
    private static let points = WordKey.of("points")
    private static let out = WordKey.of("out")
    private static let described = WordKey.of("described")
    private static let describes = WordKey.of("describes")
    private static let describe = WordKey.of("describe")
    private static let on = WordKey.of("on")
    private static let as_ = WordKey.of("as")

    /// "Lage denied reports … and said that …": a verb of saying joined by "and" to an earlier one in the same
    /// sentence shares its subject, the source of `previous`.
    func coordinated(_ v: Int, previous: Fact) -> Fact? {
        guard ScalarClass.isLower(t.first(v)), let sentence = context.sentence(containing: t.start(v)),
              sentence == previous.sentence, previous.range.end <= t.start(v) else { return nil }
        var k = v - 1
        while k >= 0 && t.isWord(k) && S.adverbs.contains(t.keys[k]) { k -= 1 }
        // "…, writing in a blog post": a participle after a comma shares the subject too.
        let participle = S.participles.contains(t.keys[v]) && t.isMark(k, ",")
        guard t.key(k) == Keys.and || t.key(k) == Self.but || participle else { return nil }
        if (participle || S.weakVerbs.contains(t.keys[v])) && !opensClause(after: v) && !t.isMark(v + 1, ",")
            && !(participle && S.clauseLeads.contains(t.key(v + 1))) { return nil }
        var fact = Fact(kind: .attribution, range: TextRange(t.start(v), t.end(v)), sentence: sentence,
                        entities: previous.entities)
        fact.source = previous.source
        return fact
    }

    /// "Josh Earnest condemned the attack and said", "…, saying in a statement that": a verb of saying after "and"
    /// or "but", or a participle, with no verb of saying before it in the sentence: its subject is the subject
    /// of the sentence, the first person (else organisation) it names.
    func clauseSubject(_ v: Int) -> (Fact, SpeakerPhrase)? {
        guard ScalarClass.isLower(t.first(v)), let sentence = context.sentence(containing: t.start(v)) else { return nil }
        var k = v - 1
        while k >= 0 && t.isWord(k) && S.adverbs.contains(t.keys[k]) { k -= 1 }
        let participle = S.participles.contains(t.keys[v])
        guard participle || t.key(k) == Keys.and || t.key(k) == Self.but else { return nil }
        if (participle || S.weakVerbs.contains(t.keys[v])) && !opensClause(after: v) { return nil }
        // "Whitmore told LA Weekly that … Montalvo “walked into …” and told the police": the subject of the clause
        // the verb is in, after the last "that".
        var start = sentence.start
        var j = v - 1
        while j >= 0 && t.start(j) >= sentence.start {
            if t.key(j) == Keys.that || t.isMark(j, ";") { start = t.end(j); break }
            j -= 1
        }
        guard let p = Self.firstNamed(before: v, t, mentions, sentenceStart: start) else { return nil }
        var fact = Fact(kind: .attribution, range: TextRange(t.start(v), t.end(v)), sentence: sentence,
                        entities: p.entity.map { [$0] } ?? [])
        fact.source = p.name
        return (fact, p)
    }

    /// The first person, else organisation, named in the sentence before token `v`, not as a modifier ("the Obama
    /// administration", "Netanyahu’s Likud party").
    static func firstNamed(before v: Int, _ t: FactTokens, _ mentions: MentionIndex, sentenceStart: Int) -> SpeakerPhrase? {
        // "In Washington, White House press secretary Josh Earnest condemned …": past a phrase that opens the
        // sentence with a preposition, to the first comma or the first name.
        var start = sentenceStart
        let first = t.index(atOrAfter: sentenceStart)
        if first < v, Self.openingPrepositions.contains(t.key(first)) {
            var k = first + 1
            while k < v && k - first < 9 && !t.isMark(k, ",") { k += 1 }
            if t.isMark(k, ",") {
                start = t.end(k)
            } else if let m = mentions.overlapping(TextRange(t.start(first), t.start(v))).first {
                start = m.range.end
            }
        }
        let named = mentions.overlapping(TextRange(start, t.start(v))).filter {
            !mentions.isModifier($0, t) && !mentions.isPossessive($0, t)
        }
        guard let m = named.first(where: { mentions.entities[$0.entity].type == .person })
                ?? named.first(where: { mentions.entities[$0.entity].type == .organization }) else { return nil }
        let e = mentions.entities[m.entity]
        return SpeakerPhrase(first: t.index(atOrAfter: m.range.start), last: t.index(atOrAfter: m.range.end - 1),
                             name: e.name, entity: e.id, isPronoun: false)
    }

    private static let but = WordKey.of("but")
    private static let bareClauseVerbs: Set<UInt64> = WordKey.set(["say"])
    private static let parentheticalVerbs: Set<UInt64> = WordKey.set([
        "say", "says", "think", "thinks", "believe", "believes", "estimate", "estimates", "reckon", "reckons", "argue",
        "argues", "warn", "warns", "suggest", "suggests",
    ])
    private static let openingPrepositions: Set<UInt64> = WordKey.set([
        "in", "on", "at", "from", "after", "before", "during", "for", "with", "since", "by", "under", "over", "across",
        "outside", "inside", "near", "within", "among", "despite",
    ])
}

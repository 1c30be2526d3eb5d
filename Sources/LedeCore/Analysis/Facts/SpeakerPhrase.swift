/// A noun phrase that names a source or a speaker ("police", "the Palestinian Health Ministry", "Smith"),
/// found left of a verb of saying or right of it ("said the minister"), with the entity it names if any.
struct SpeakerPhrase: Equatable {
    /// First and last token of the phrase.
    var first: Int
    var last: Int
    /// The text to show: the entity's canonical name, or the phrase without a leading article.
    var name: String
    /// The entity the phrase names, when it names one.
    var entity: String?
    /// The phrase is "he" or "she" (possibly resolved to the last person named).
    var isPronoun: Bool

    private typealias S = SpeechLexicon

    /// The most tokens an aside between commas may hold between a subject and its verb: "Lage, who is in Bolivia
    /// for the opening of that country's constitutional convention, said".
    static let asideLimit = 20

    /// The subject ending right before token `verb`, reading leftwards over adverbs ("police also said").
    static func left(of verb: Int, _ t: FactTokens, _ mentions: MentionIndex, sentenceStart: Int) -> SpeakerPhrase? {
        var k = verb - 1
        while k >= 0 && t.start(k) >= sentenceStart && t.isWord(k) && (S.adverbs.contains(t.keys[k]) || isAdverb(k, t)) {
            k -= 1
        }
        // "Fuad Basya, spokesman for the Indonesian military, said": the subject is before the aside.
        if t.isMark(k, ",") {
            var c = k - 1
            while c >= 0 && t.start(c) >= sentenceStart && k - c < asideLimit && !t.isMark(c, ",")
                    && (!t.isClauseBreak(c) || (t.isMark(c, ".") && t.touching(c - 1, c) && t.touching(c, c + 1))) { c -= 1 }
            if c >= 0, t.isMark(c, ","), t.start(c) >= sentenceStart {
                // "The secretary general of CEI, Nunzio Galantino, has called": a name alone between the commas
                // is the speaker, the phrase before it only describes them.
                if let m = mentions.ending(at: t.end(k - 1)), mentions.entities[m.entity].type == .person,
                   t.index(atOrAfter: m.range.start) == c + 1 {
                    let e = mentions.entities[m.entity]
                    return SpeakerPhrase(first: c + 1, last: k - 1, name: e.name, entity: e.id, isPronoun: false)
                }
                k = c - 1
                // "Alverson, a commissioner on the Seattle-based International Pacific Halibut Commission, which has
                // managed catch limits since 1924, described": an appositive before the aside, and the person before it.
                if !(mentions.ending(at: t.end(k)).map { mentions.entities[$0.entity].type == .person } ?? false) {
                    var c2 = k
                    while c2 >= 0 && t.start(c2) >= sentenceStart && k - c2 < asideLimit && !t.isClauseBreak(c2) { c2 -= 1 }
                    if c2 > 0, t.isMark(c2, ","), let m = mentions.ending(at: t.end(c2 - 1)),
                       mentions.entities[m.entity].type == .person, m.range.start >= sentenceStart,
                       S.determiners.contains(t.key(c2 + 1)) || !t.isCapitalized(c2 + 1) {
                        let e = mentions.entities[m.entity]
                        return SpeakerPhrase(first: t.index(atOrAfter: m.range.start), last: c2 - 1, name: e.name,
                                             entity: e.id, isPronoun: false)
                    }
                }
            } else if (c < 0 || t.start(c) < sentenceStart) && c < k - 1 && k < verb - 1,
                      mentions.ending(at: t.end(k - 1)) != nil || t.isCapitalized(k - 1)
                        || (t.isMark(k - 2, ".") && t.touching(k - 2, k - 1) && t.isCapitalized(k - 3)) {
                // "The Internet security firm Secunia.com, has said that": a lone comma after a name, with no
                // aside opened before it in the sentence and an auxiliary after it, still leaves the name as the
                // subject (", said police" is the inverted order instead).
                k -= 1
            } else {
                return nil
            }
        }
        guard k >= 0, t.start(k) >= sentenceStart, t.isWord(k) else { return nil }
        let last = k
        // "José Ramón Balaguer who adds that", "Lage, who is in Bolivia, said": a relative "who" right after a
        // person's name is that person.
        if t.keys[k] == Keys.who {
            let n = t.isMark(k - 1, ",") ? k - 2 : k - 1
            // "the source, who said": a description of a person before "who" (not "the ministry, who").
            if n >= 0, mentions.ending(at: t.end(n)) == nil, S.personNouns.contains(t.key(n)) || RoleLexicon.heads.contains(t.key(n)),
               var p = left(of: n + 1, t, mentions, sentenceStart: sentenceStart) {
                p.last = k
                return p
            }
            guard n >= 0, let m = mentions.ending(at: t.end(n)), mentions.entities[m.entity].type == .person,
                  m.range.start >= sentenceStart else { return nil }
            let e = mentions.entities[m.entity]
            return SpeakerPhrase(first: t.index(atOrAfter: m.range.start), last: k, name: e.name, entity: e.id,
                                 isPronoun: false)
        }
        let acronym = t.isAcronym(k)
        if !acronym && (S.subjectStops.contains(t.keys[k]) || S.determiners.contains(t.keys[k])
            || (QuantityLexicon.stopWords.contains(t.keys[k]) && !S.personalPronouns.contains(t.keys[k])
                && !S.otherPronouns.contains(t.keys[k]))) {
            return nil
        }
        if !acronym && (S.personalPronouns.contains(t.keys[k]) || S.otherPronouns.contains(t.keys[k])) {
            return pronoun(k, t, mentions)
        }
        // A named entity ending here is the whole subject; "Mitch McConnell of Kentucky called", "John Smith of the
        // Red Cross said": the person before "of" is.
        if var m = mentions.ending(at: t.end(k)) {
            if mentions.entities[m.entity].type != .person {
                var j = t.index(atOrAfter: m.range.start) - 1
                // "Matthew Ingram of The Globe and Mail dubbed": back over the rest of the name.
                var n = 0
                while j > 0 && n < 6 && (t.isCapitalized(j) || t.key(j) == Keys.and) && t.key(j) != Keys.of { j -= 1; n += 1 }
                if t.key(j) == Keys.the { j -= 1 }
                if j > 0, t.key(j) == Keys.of || t.key(j) == Keys.from, let p = mentions.ending(at: t.end(j - 1)),
                   mentions.entities[p.entity].type == .person, p.range.start >= sentenceStart {
                    m = p
                }
            }
            var first = t.index(atOrAfter: m.range.start)
            if mentions.entities[m.entity].type != .person, let whole = wholeName(endingAt: last, from: first, t, sentenceStart) {
                return SpeakerPhrase(first: whole, last: last, name: t.text(from: t.key(whole) == Keys.the ? whole + 1 : whole, through: last), entity: nil,
                                     isPronoun: false)
            }
            while first > 0 && t.start(first - 1) >= sentenceStart && S.determiners.contains(t.key(first - 1)) { first -= 1 }
            return SpeakerPhrase(first: first, last: last, name: mentions.entities[m.entity].name,
                                 entity: mentions.entities[m.entity].id, isPronoun: false)
        }
        // "Joint Committee on Intelligence and Security has pointed out": an organisation's name with "on", "of",
        // "and" inside it, which no entity covers whole.
        if t.isCapitalized(k) {
            var r = k
            while r > 0 && t.isCapitalized(r - 1) && t.start(r - 1) >= sentenceStart { r -= 1 }
            if let whole = wholeName(endingAt: k, from: r, t, sentenceStart) {
                return SpeakerPhrase(first: whole, last: k, name: t.text(from: t.key(whole) == Keys.the ? whole + 1 : whole, through: k), entity: nil,
                                     isPronoun: false)
            }
        }
        var first = k
        var n = 0
        var throughOf = false
        while k >= 0 && t.start(k) >= sentenceStart && (n < 6 || (throughOf && n < 12)) {
            if t.isWord(k) {
                let key = t.keys[k]
                // "The Globe and Mail": "and" between capitalised words inside a name.
                let inName = key == Keys.and && t.isCapitalized(k - 1) && t.isCapitalized(k + 1)
                if !inName && !t.isAcronym(k) && (S.subjectStops.contains(key) || QuantityLexicon.stopWords.contains(key)
                                       && !S.determiners.contains(key) && key != Keys.of && key != Keys.possessive) {
                    break
                }
                first = k
                // "PC World's recent analysis of its own web traffic statistics": a determiner after "of" starts
                // the object of the head noun, not the subject.
                if S.determiners.contains(key) {
                    guard t.key(k - 1) == Keys.of else { break }
                    throughOf = true
                }
            } else if !(t.isMark(k, "-") || t.isMark(k, ".")) || !t.touching(k, k + 1) {
                break
            }
            k -= 1
            n += 1
        }
        // A phrase cannot start with "of" or a possessive.
        while first <= last && (t.key(first) == Keys.of || t.key(first) == Keys.possessive || !t.isWord(first)) {
            first += 1
        }
        guard first <= last, !isVerbLike(last, t) else { return nil }
        // "Kaplan, also an avid collector of games, rare tarot cards, and books says": a plural is no subject of
        // "says"; the person before the unclosed aside is.
        if isPlural(last, t), !t.isCapitalized(last), t.tokens[verb].range.length > 3,
           t.scalars[t.end(verb) - 1] == "s", t.scalars[t.end(verb) - 2] != "s" {
            var c = first - 1
            while c > 0 && t.start(c) >= sentenceStart && verb - c < asideLimit {
                if t.isMark(c, ","), let m = mentions.ending(at: t.end(c - 1)), mentions.entities[m.entity].type == .person {
                    let e = mentions.entities[m.entity]
                    return SpeakerPhrase(first: t.index(atOrAfter: m.range.start), last: last, name: e.name, entity: e.id,
                                         isPronoun: false)
                }
                c -= 1
            }
        }
        return make(first, last, t, mentions)
    }

    /// The start of an organisation's name that a shorter mention ends ("Security" in "Joint Committee on
    /// Intelligence and Security"): back over capitalised words and the "of", "on", "for", "and" that follow a
    /// word heading such a name. Nil when the mention is the whole name.
    static func wholeName(endingAt last: Int, from first: Int, _ t: FactTokens, _ sentenceStart: Int) -> Int? {
        var k = first - 1
        var start = first
        while k >= 0 && first - k <= 10 && t.start(k) >= sentenceStart {
            if t.isCapitalized(k) {
                start = k
            } else if !(Self.connectors.contains(t.key(k)) && t.isWord(k)) {
                break
            }
            k -= 1
        }
        guard start < first else { return nil }
        // A word heading such a name must come before the first "of", "on", "for" or "and": "Joint Committee on
        // Intelligence and Security", not "Obama and Clinton".
        for j in start..<first {
            if Self.connectors.contains(t.keys[j]) { return nil }
            if S.nameHeads.contains(t.keys[j]) && Self.connectors.contains(t.key(j + 1)) { return start }
        }
        return nil
    }

    private static let connectors: Set<UInt64> = WordKey.set(["of", "on", "for", "and"])

    private static let on = WordKey.of("on")

    /// The subject right after an inverted verb: "said police", "said the ministry's spokesman", "said Smith".
    static func right(of verb: Int, _ t: FactTokens, _ mentions: MentionIndex, sentenceEnd: Int) -> SpeakerPhrase? {
        var k = verb + 1
        guard t.isWord(k), t.end(k) <= sentenceEnd else { return nil }
        if S.personalPronouns.contains(t.keys[k]) { return pronoun(k, t, mentions) }
        if S.otherPronouns.contains(t.keys[k]) { return nil }
        let first = k
        if S.determiners.contains(t.keys[k]) { k += 1 }
        var last = -1
        while k < t.count && t.end(k) <= sentenceEnd && k - first < 7 {
            if t.isWord(k) {
                let key = t.keys[k]
                if !t.isAcronym(k) && (S.subjectStops.contains(key) || (QuantityLexicon.stopWords.contains(key)
                                                     && key != Keys.of && key != Keys.possessive)) { break }
                if key == Keys.of && !t.isWord(k + 1) { break }
                last = k
            } else if !((t.isMark(k, "-") || t.isMark(k, ".")) && t.touching(k - 1, k)) {
                break
            }
            k += 1
        }
        while last >= first && (t.key(last) == Keys.of || t.key(last) == Keys.possessive) { last -= 1 }
        guard last >= first else { return nil }
        return make(first, last, t, mentions)
    }

    /// A pronoun subject, left for `SpeakerResolver` to resolve in the order of the text.
    private static func pronoun(_ k: Int, _ t: FactTokens, _ mentions: MentionIndex) -> SpeakerPhrase {
        SpeakerPhrase(first: k, last: k, name: t.text(k), entity: nil, isPronoun: true)
    }

    static func make(_ first: Int, _ last: Int, _ t: FactTokens, _ mentions: MentionIndex) -> SpeakerPhrase? {
        let range = TextRange(t.start(first), t.end(last))
        // An entity is the speaker only as the phrase's head ("Cuban parliamentary speaker Ricardo Alcaron", "the
        // Palestinian Health Ministry"); one that only modifies the head leaves a description: "Obama
        // administration officials", "West Mercia police", "The U.S. Department of Agriculture".
        let found = mentions.overlapping(range)
        if let m = found.last(where: { $0.range.end >= range.end }) {
            let e = mentions.entities[m.entity]
            return SpeakerPhrase(first: first, last: last, name: e.name, entity: e.id, isPronoun: false)
        }
        // "Matthew Ingram of The Globe and Mail": a person, then "of" and a name.
        if let m = found.first(where: { mentions.entities[$0.entity].type == .person }) {
            let after = t.index(atOrAfter: m.range.end)
            if after < last, t.key(after) == Keys.of || t.key(after) == Keys.from || t.key(after) == Keys.at {
                var capitalised = true
                for j in (after + 1)...last where t.isWord(j) && !t.isCapitalized(j) && t.keys[j] != Keys.and && t.keys[j] != Keys.the {
                    capitalised = false
                }
                if capitalised {
                    let e = mentions.entities[m.entity]
                    return SpeakerPhrase(first: first, last: last, name: e.name, entity: e.id, isPronoun: false)
                }
            }
        }
        // "the Internet security firm Secunia.com", "whale rescue group Project Jonah": the name after its
        // description.
        var run = last
        // "Secunia.com": a capitalised word with its domain.
        while run - 2 >= first && t.isMark(run - 1, ".") && t.touching(run - 2, run - 1) && t.touching(run - 1, run) { run -= 2 }
        while run > first && t.isCapitalized(run - 1) { run -= 1 }
        if run > first, t.isCapitalized(run), S.appositiveHeads.contains(t.key(run - 1)) || RoleLexicon.heads.contains(t.key(run - 1)) {
            return SpeakerPhrase(first: first, last: last, name: t.text(from: run, through: last), entity: nil,
                                 isPronoun: false)
        }
        // "Friday", "yesterday": a time, not a source.
        if first == last && (QuantityLexicon.months.contains(t.key(first)) || S.timeWords.contains(t.key(first))) { return nil }
        // "no group claimed", "nobody said", "some say": no one.
        if S.noSourceBefore.contains(t.key(first - 1)) || (first == last && S.noSource.contains(t.key(first))) { return nil }
        var f = first
        if f < last && SpeechLexicon.determiners.contains(t.keys[f]) && (t.keys[f] == Keys.the || t.keys[f] == Keys.a
                                                                         || t.keys[f] == Keys.an) { f += 1 }
        // A bare singular common noun ("group claimed") names no source; "police", "officials" and names do.
        if f == last && first == last && !t.isCapitalized(f) && !isPlural(f, t) && !S.collectives.contains(t.keys[f]) {
            return nil
        }
        return SpeakerPhrase(first: first, last: last, name: t.text(from: f, through: last), entity: nil,
                             isPronoun: false)
    }

    static func isPlural(_ k: Int, _ t: FactTokens) -> Bool {
        let r = t.tokens[k].range
        guard r.length > 2 else { return false }
        let c = t.scalars[r.end - 1]
        return (c == "s" && t.scalars[r.end - 2] != "s") || S.collectives.contains(t.keys[k])
    }

    private static func isAdverb(_ k: Int, _ t: FactTokens) -> Bool {
        let r = t.tokens[k].range
        return r.length > 4 && t.scalars[r.end - 2] == "l" && t.scalars[r.end - 1] == "y" && ScalarClass.isLower(t.first(k))
    }

    /// A subject does not end in a verb form ("has", "tried").
    private static func isVerbLike(_ k: Int, _ t: FactTokens) -> Bool {
        SpeechLexicon.verbs.contains(t.keys[k]) || QuantityLexicon.auxiliaries.contains(t.keys[k])
    }
}

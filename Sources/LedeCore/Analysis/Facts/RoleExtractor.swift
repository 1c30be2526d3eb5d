/// Finds the roles the text gives people, around each person mention:
/// titles before the name ("Israeli Prime Minister Benjamin Netanyahu", "Lt. Gen. Herzi Halevi"),
/// appositives after it ("Itamar Ben-Gvir, leader of the far-right Otzma Yehudit party", "X, the CEO of Y")
/// and before it ("Israel’s top military leader, Lt. Gen. Herzi Halevi").
struct RoleExtractor {
    let t: FactTokens
    let context: AnalysisContext
    let mentions: MentionIndex
    /// Places by the first four letters of their name, lowercased: candidates for a demonym ("isra" -> Israel).
    private let placesByStem: [String: [Int]]

    init(t: FactTokens, context: AnalysisContext, mentions: MentionIndex) {
        self.t = t
        self.context = context
        self.mentions = mentions
        var stems: [String: [Int]] = [:]
        for (k, e) in mentions.entities.enumerated() where e.type == .place && e.name.count >= 4 {
            stems[String(e.name.lowercased().prefix(4)), default: []].append(k)
        }
        self.placesByStem = stems
    }

    private typealias R = RoleLexicon

    struct Found {
        var entity: String
        var role: Role
        var fact: Fact
    }

    func extract() -> [Found] {
        var out: [Found] = []
        var seen = Set<String>()
        for (k, e) in mentions.entities.enumerated() where e.type == .person {
            for m in e.mentions {
                for f in roles(of: k, at: m.range) {
                    let key = e.id + "\u{1}" + f.role.role.lowercased() + "\u{1}" + (f.role.of ?? "")
                    if seen.insert(key).inserted { out.append(f) }
                }
            }
        }
        out.sort { $0.fact.range < $1.fact.range }
        return out
    }

    private func roles(of entityIndex: Int, at mention: TextRange) -> [Found] {
        let mentionFirst = t.index(atOrAfter: mention.start)
        guard mentionFirst < t.count, t.start(mentionFirst) == mention.start else { return [] }
        var last = mentionFirst
        while last + 1 < t.count && t.end(last + 1) <= mention.end { last += 1 }
        guard let sentence = context.sentence(containing: mention.start) else { return [] }
        var out: [Found] = []
        // "Professor John Burrows" as one name: the title words it starts with are read as a title before it.
        let first = nameStart(mentionFirst, last)

        // Title right before the name, or a plural one before a list of names ("councillors A of X, B and C").
        let title = titleBefore(first, sentenceStart: sentence.start) ?? titleOverList(first, sentenceStart: sentence.start)
        var roleStart = first
        var titleOf: (String, String?, Int)?
        if let (tFirst, tText) = title {
            roleStart = tFirst
            var text = tText
            titleOf = owner(before: tFirst, sentenceStart: sentence.start)
            // "the BBC's North America editor Jon Sopel": a place before a newsroom title is the beat, part of the
            // role; the owner is who comes before it ("BBC's"), if anyone.
            if let o = titleOf, let id = o.1, let k = mentions.index(of: id), mentions.entities[k].type == .place,
               R.beatHeads.contains(t.key(first - 1)) || (t.isMark(first - 1, ".") && R.beatHeads.contains(t.key(first - 2))) {
                text = t.text(from: o.2, through: first - 1).trimmingTrailingSpace()
                titleOf = owner(before: o.2, sentenceStart: sentence.start)
                roleStart = o.2
            }
            out.append(found(entityIndex, text, titleOf, TextRange(t.start(titleOf?.2 ?? roleStart), mention.end), sentence,
                             rule: "title-before"))
        }
        // Appositive before: "Israel’s top military leader, [Lt. Gen.] Herzi Halevi".
        if t.isMark(roleStart - 1, ","), let (rFirst, rLast) = roleNounPhraseEnding(at: roleStart - 2, sentenceStart: sentence.start) {
            let of = owner(before: rFirst, sentenceStart: sentence.start)
            let text = t.text(from: rFirst, through: rLast)
            out.append(found(entityIndex, text, of, TextRange(t.start(of?.2 ?? rFirst), mention.end), sentence,
                             rule: "appositive-before"))
            if titleOf == nil, let o = of, !out.isEmpty {
                // The title belongs to the same organisation or place: "Israel’s ..., Lt. Gen. Herzi Halevi".
                out[0].role.of = o.0
                out[0].role.ofEntity = o.1
                out[0].fact.of = o.0
                if let id = o.1, !out[0].fact.entities.contains(id) { out[0].fact.entities.append(id) }
            }
        }
        // A role with its organisation before the name: "Co-founder of Google, Sergey Brin", "Psychology major
        // at University of Texas Arlington Amneh Jafari".
        if title == nil {
            let end = t.isMark(first - 1, ",") ? first - 2 : first - 1
            if let (rFirst, role, of) = roleWithOwner(endingAt: end, sentenceStart: sentence.start) {
                out.append(found(entityIndex, role, of, TextRange(t.start(rFirst), mention.end), sentence,
                                 rule: "owner-before"))
            }
        }
        // Appositive after: "Itamar Ben-Gvir, leader of the far-right Otzma Yehudit party".
        var after = last + 1
        if t.key(after) == Keys.possessive { after += 1 }
        // "Daniel Montalvo, 19, a member of Scientology": the age between commas comes before the appositive.
        if t.isMark(after, ","), t.isNumber(after + 1), t.tokens[after + 1].range.length <= 3, t.isMark(after + 2, ","),
           t.isWord(after + 3) {
            after += 2
        }
        if t.isMark(after, ","), let a = appositiveAfter(relativeRoleStart(after + 1), sentenceEnd: sentence.end) {
            out.append(found(entityIndex, a.role, a.of, TextRange(mention.start, t.end(a.end)), sentence,
                             rule: "appositive-after"))
        }
        return out
    }

    /// Token `k` heads a role: a head word, or a compound ending in one ("Booker Prize-winner").
    private func isHead(_ k: Int) -> Bool {
        guard t.isWord(k) else { return false }
        if R.heads.contains(t.keys[k]) { return true }
        let r = t.tokens[k].range
        var h = r.end - 1
        while h > r.start && t.scalars[h] != "-" { h -= 1 }
        guard h > r.start, h < r.end - 1 else { return false }
        return R.heads.contains(WordKey.of(t.scalars, h + 1, r.end))
    }

    /// The first token of the name proper in mention tokens `first...last`: past title words the mention starts
    /// with ("Professor", "Dr."), when one of them heads a title and a capitalised word is left for the name.
    private func nameStart(_ first: Int, _ last: Int) -> Int {
        var k = first
        var hasHead = false
        while k < last && t.isWord(k) && R.isTitleWord(t.keys[k]) {
            hasHead = hasHead || R.heads.contains(t.keys[k])
            k += 1
            if t.isMark(k, ".") && t.touching(k - 1, k) { k += 1 }
        }
        guard hasHead, k <= last, t.isCapitalized(k) else { return first }
        return k
    }

    /// ", who is the chairman of Y": the token where the role starts after a relative "who" and a copula
    /// ("is", "was", "serves as"); `k` itself otherwise.
    private func relativeRoleStart(_ k: Int) -> Int {
        guard t.key(k) == Keys.who else { return k }
        if R.copulas.contains(t.key(k + 1)) { return k + 2 }
        if R.serving.contains(t.key(k + 1)), t.key(k + 2) == WordKey.of("as") { return k + 3 }
        return k
    }

    /// A plural title before a list of names, read leftwards from the list item starting at token `first`:
    /// "pan-democratic councillors Claudia Mo of the Civic Party and Wong Pik-wan of the Democratic Party",
    /// "novelists Gertrude Stein, Jack London, Amy Tan, and Maya Angelou". Items are person names, each with an
    /// optional "of/from …" tail, joined by commas and "and".
    private func titleOverList(_ first: Int, sentenceStart: Int) -> (Int, String)? {
        var item = first
        for _ in 0..<16 {
            let k = item - 1
            guard k >= 0, t.start(k) >= sentenceStart else { return nil }
            if t.isWord(k), R.pluralHeads.contains(t.keys[k]) {
                var s = k
                while s - 1 >= 0, t.start(s - 1) >= sentenceStart, t.isWord(s - 1), R.modifiers.contains(t.keys[s - 1]) {
                    s -= 1
                }
                return (s, t.text(from: s, through: k))
            }
            // The separator before this item: ",", "and" or ", and".
            var sep = k
            if t.key(sep) == Keys.and { sep -= 1 }
            if t.isMark(sep, ",") { sep -= 1 } else if sep == k { return nil }
            // The previous item: a person's name, then maybe "of the Labour Party".
            var j = sep
            var previous: MentionIndex.Entry?
            while j >= 0, t.start(j) >= sentenceStart, sep - j < 8 {
                if let m = mentions.ending(at: t.end(j)), mentions.entities[m.entity].type == .person {
                    previous = m
                    break
                }
                guard t.isWord(j) || t.key(j) == Keys.possessive || (t.isMark(j, "-") && t.touching(j - 1, j)) else { return nil }
                j -= 1
            }
            guard let p = previous else { return nil }
            if j < sep, t.key(j + 1) != Keys.of, t.key(j + 1) != Keys.from { return nil }
            item = t.index(atOrAfter: p.range.start)
        }
        return nil
    }

    private func found(_ entityIndex: Int, _ roleText: String, _ of: (String, String?, Int)?, _ range: TextRange,
                       _ sentence: TextRange, rule: String) -> Found {
        let e = mentions.entities[entityIndex]
        let role = Role(role: roleText, of: of?.0, ofEntity: of?.1, range: range)
        var fact = Fact(kind: .role, range: range, sentence: sentence, entities: [e.id])
        if let id = of?.1, id != e.id { fact.entities.append(id) }
        fact.person = e.name
        fact.role = roleText
        fact.of = of?.0
        if context.options.explain {
            fact.explanation = Explanation(rule: "role-" + rule, why: of.map { ["of: \($0.0)"] } ?? [])
        }
        return Found(entity: e.id, role: role, fact: fact)
    }

    /// Title words right before the name, with abbreviation dots: "Prime Minister", "Lt. Gen.", "striker".
    private func titleBefore(_ first: Int, sentenceStart: Int) -> (Int, String)? {
        var k = first - 1
        var start = -1
        var hasHead = false
        // "Ambassador to the United States Hamdullah Mohib": the post's destination sits inside the title.
        if k >= 0, let m = mentions.ending(at: t.end(k)), mentions.entities[m.entity].type != .person {
            var j = t.index(atOrAfter: m.range.start) - 1
            if j >= 0 && t.key(j) == Keys.the { j -= 1 }
            if j >= 1, t.key(j) == Keys.to, t.start(j - 1) >= sentenceStart, t.isWord(j - 1),
               R.heads.contains(t.keys[j - 1]) {
                hasHead = true
                start = j - 1
                k = j - 2
            }
        }
        while k >= 0 && t.start(k) >= sentenceStart && first - k < 8 {
            if t.isMark(k, ".") && t.isWord(k - 1) && t.touching(k - 1, k) && R.isTitleWord(t.keys[k - 1]) {
                hasHead = hasHead || R.heads.contains(t.keys[k - 1])
                start = k - 1
                k -= 2
                continue
            }
            if t.isWord(k) && R.isTitleWord(t.keys[k]) {
                hasHead = hasHead || R.heads.contains(t.keys[k])
                start = k
                k -= 1
                continue
            }
            // "Secretary of State Condoleezza Rice", "Minister of Education Stefania Giannini", "Undersecretary for
            // Education".
            if start == k + 1 && (t.key(k) == Keys.of || t.key(k) == Keys.for_) && t.isWord(k - 1)
                && R.heads.contains(t.keys[k - 1])
                && R.offices.contains(t.keys[k + 1]) {
                hasHead = true
                start = k - 1
                k -= 2
                continue
            }
            break
        }
        guard start >= 0, hasHead else { return nil }
        // "Undersecretary for Education Mr.": the courtesy title is not part of the role.
        var end = first - 1
        while end > start {
            let w = t.isMark(end, ".") ? end - 1 : end
            guard w > start, R.honorifics.contains(t.key(w)) else { break }
            end = w - 1
        }
        return (start, t.text(from: start, through: end).trimmingTrailingSpace())
    }

    /// A role noun phrase ending at token `end`: modifiers and a head ("top military leader").
    private func roleNounPhraseEnding(at end: Int, sentenceStart: Int) -> (Int, Int)? {
        guard t.isWord(end), t.start(end) >= sentenceStart, isHead(end) else { return nil }
        var k = end - 1
        var first = end
        while k >= 0 && t.start(k) >= sentenceStart && end - k < 5 && t.isWord(k) {
            let key = t.keys[k]
            guard R.isTitleWord(key) || (ScalarClass.isLower(t.first(k)) && !QuantityLexicon.stopWords.contains(key)
                                         && !SpeechLexicon.subjectStops.contains(key)) else { break }
            if mentions.ending(at: t.end(k)) != nil { break }
            first = k
            k -= 1
        }
        return (first, end)
    }

    /// A role noun, a linker ("of", "at", "for") and an organisation or place ending at token `end`: its first
    /// token, the role's text and the owner.
    private func roleWithOwner(endingAt end0: Int, sentenceStart: Int) -> (Int, String, (String, String?, Int))? {
        var end = end0
        // "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino": past the parenthesis.
        if t.isMark(end, ")") {
            var o = end - 1
            while o >= 0, t.start(o) >= sentenceStart, end - o < 12, !t.isMark(o, "(") { o -= 1 }
            guard o >= 1, t.isMark(o, "("), t.start(o) >= sentenceStart else { return nil }
            end = o - 1
        }
        guard end >= 0 else { return nil }
        guard let m = mentions.ending(at: t.end(end)), m.range.start >= sentenceStart,
              mentions.entities[m.entity].type != .person else {
            // Without an entity to end it, only a comma marks where the phrase ends and the name begins.
            guard t.isMark(end0 + 1, ",") else { return nil }
            return roleWithPhrase(endingAt: end, sentenceStart: sentenceStart)
        }
        let ownerFirst = t.index(atOrAfter: m.range.start)
        var j = ownerFirst - 1
        if t.key(j) == Keys.the { j -= 1 }
        guard j >= 1, t.key(j) != Keys.to, R.linkers.contains(t.key(j)), t.start(j - 1) >= sentenceStart else { return nil }
        var role = roleNounPhraseEnding(at: j - 1, sentenceStart: sentenceStart)
        // "Executive director of the Dallas chapter of the Council on American-Islamic Relations Alia Salem": the
        // role may reach its organisation through one more "of" phrase.
        if role == nil {
            var i = j - 1
            while i >= 1, j - i < 5, t.start(i) >= sentenceStart, t.isWord(i), !R.linkers.contains(t.keys[i]) { i -= 1 }
            if i >= 1, i < j - 1, t.key(i) == Keys.of, t.start(i - 1) >= sentenceStart {
                role = roleNounPhraseEnding(at: i - 1, sentenceStart: sentenceStart)
            }
        }
        guard let (rFirst, rLast) = role else { return nil }
        let e = mentions.entities[m.entity]
        return (rFirst, t.text(from: rFirst, through: rLast), (e.name, e.id, ownerFirst))
    }

    /// A role noun, a linker and a phrase that ends without an entity at token `end`: "the president of the
    /// Lombardy region", "the head of the agency". The owner is the organisation or place named in the phrase, else
    /// its capitalised words, else the phrase itself.
    private func roleWithPhrase(endingAt end: Int, sentenceStart: Int) -> (Int, String, (String, String?, Int))? {
        guard t.isWord(end) else { return nil }
        var j = end
        while j >= 1, t.start(j - 1) >= sentenceStart, end - j < 6, t.isWord(j), !R.linkers.contains(t.keys[j]) {
            if let m = mentions.ending(at: t.end(j)), mentions.entities[m.entity].type == .person { return nil }
            if SpeechLexicon.subjectStops.contains(t.keys[j]) { return nil }
            j -= 1
        }
        guard j < end, t.isWord(j), R.linkers.contains(t.keys[j]), t.key(j) != Keys.to,
              let (rFirst, rLast) = roleNounPhraseEnding(at: j - 1, sentenceStart: sentenceStart) else { return nil }
        var s = j + 1
        while s < end && SpeechLexicon.determiners.contains(t.key(s)) { s += 1 }
        let np = TextRange(t.start(s), t.end(end))
        let role = t.text(from: rFirst, through: rLast)
        if let m = mentions.overlapping(np).first(where: { mentions.entities[$0.entity].type != .person }) {
            let e = mentions.entities[m.entity]
            return (rFirst, role, (e.name, e.id, s))
        }
        if let (cf, cl) = capitalisedRun(s, end) { return (rFirst, role, (t.text(from: cf, through: cl), nil, s)) }
        return (rFirst, role, (t.text(from: s, through: end), nil, s))
    }

    /// The organisation or place a role belongs to, written before it: "Israel’s", "Israeli", "Hamas".
    /// Returns its name, entity id and first token.
    private func owner(before k: Int, sentenceStart: Int) -> (String, String?, Int)? {
        var e = k - 1
        guard e >= 0, t.start(e) >= sentenceStart else { return nil }
        if t.key(e) == Keys.possessive { e -= 1 }
        guard e >= 0, t.isWord(e), t.start(e) >= sentenceStart else { return nil }
        if let m = mentions.ending(at: t.end(e)), mentions.entities[m.entity].type != .person {
            let entity = mentions.entities[m.entity]
            let first = t.index(atOrAfter: m.range.start)
            if entity.type == .group, let place = place(forDemonym: entity.name) {
                return (place.name, place.id, first)
            }
            // "Afghan Ambassador": the country of a people the article does not name otherwise; the link goes
            // to the people's mention, which is where the text says it.
            if entity.type == .group, let place = entity.place {
                return (place, entity.placeEntity ?? entity.id, first)
            }
            return (entity.name, entity.id, first)
        }
        // Without an entity: a capitalised word that is not the sentence's first ("Israeli", "Hamas").
        guard t.isCapitalized(e), t.start(e) > sentenceStart, !R.isTitleWord(t.keys[e]) else { return nil }
        var first = e
        while first - 1 >= 0 && t.isCapitalized(first - 1) && t.start(first - 1) > sentenceStart
            && !R.isTitleWord(t.keys[first - 1]) { first -= 1 }
        let name = t.text(from: first, through: e)
        if let place = place(forDemonym: name) { return (place.name, place.id, first) }
        return (name, nil, first)
    }

    /// The place a demonym belongs to, when the article names it: "Israeli" -> Israel, "Swedish" -> Sweden,
    /// "English" -> England. The place sharing the longest start with the demonym wins ("Australian" ->
    /// Australia, not Austria).
    private func place(forDemonym demonym: String) -> Entity? {
        let d = Array(demonym.lowercased().unicodeScalars)
        var best: Entity?
        var bestShared = 0
        for k in placesByStem[String(String.UnicodeScalarView(d.prefix(4)))] ?? [] {
            let e = mentions.entities[k]
            let n = Array(e.name.lowercased().unicodeScalars)
            guard n != d, d.count >= 4 else { continue }
            var shared = 0
            while shared < min(n.count, d.count) && n[shared] == d[shared] { shared += 1 }
            if shared >= max(4, n.count - 3) && d.count - shared <= 4 && shared > bestShared {
                best = e
                bestShared = shared
            }
        }
        return best
    }

    /// ", leader of the far-right Otzma Yehudit party," / ", the CEO of Apple," / ", a spokesman for the ministry,".
    private func appositiveAfter(_ k0: Int, sentenceEnd: Int) -> (role: String, of: (String, String?, Int)?, end: Int)? {
        var k = k0
        var ownerFromPossessive: (String, String?, Int)?
        if t.key(k) == Keys.the || t.key(k) == Keys.a || t.key(k) == Keys.an { k += 1 }
        // "X, Israel's defence minister,"
        if t.isCapitalized(k) {
            var e = k
            while t.isCapitalized(e + 1) { e += 1 }
            if t.key(e + 1) == Keys.possessive {
                let m = mentions.ending(at: t.end(e))
                let name = m.map { mentions.entities[$0.entity].name } ?? t.text(from: k, through: e)
                ownerFromPossessive = (name, m.map { mentions.entities[$0.entity].id }, k)
                k = e + 2
            }
        }
        let first = k
        var head = -1
        while k < t.count && t.end(k) <= sentenceEnd && k - first < 5 && t.isWord(k) {
            let key = t.keys[k]
            if R.linkers.contains(key) || QuantityLexicon.stopWords.contains(key) { break }
            if isHead(k) { head = k }
            k += 1
        }
        // "editor at large at the Saudi Gazette": the tail is part of the role.
        if head == k - 1, R.headTails.contains(where: { $0.0 == t.key(k) && $0.1 == t.key(k + 1) }) {
            head = k + 1
            k += 2
        }
        // "the Secretary of State": the office is part of the role.
        if t.key(k) == Keys.of && head == k - 1 && t.isCapitalized(k + 1) && R.offices.contains(t.key(k + 1)) {
            head = k + 1
            k += 2
        }
        guard head >= first, head == k - 1 || R.linkers.contains(t.key(head + 1)) || t.isMark(head + 1, ",")
                || t.isMark(head + 1, ".") else { return nil }
        let role = t.text(from: first, through: head)
        var end = head
        var of = ownerFromPossessive
        if of == nil, R.linkers.contains(t.key(head + 1)) {
            var s = head + 2
            while SpeechLexicon.determiners.contains(t.key(s)) { s += 1 }
            var e = s - 1
            while e + 1 < t.count && t.end(e + 1) <= sentenceEnd && e + 1 - s < 7 && t.isWord(e + 1)
                && !SpeechLexicon.subjectStops.contains(t.key(e + 1)) {
                e += 1
            }
            if e >= s {
                let np = TextRange(t.start(s), t.end(e))
                let found = mentions.overlapping(np).filter { mentions.entities[$0.entity].type != .person }
                if let m = found.first(where: { mentions.entities[$0.entity].type != .group }) {
                    of = (mentions.entities[m.entity].name, mentions.entities[m.entity].id, s)
                } else if let m = found.first {
                    // "the Indonesian military": a people's adjective describes the organisation, so keep the phrase.
                    of = (t.text(from: t.index(atOrAfter: m.range.start), through: e), mentions.entities[m.entity].id, s)
                } else if let (cf, cl) = capitalisedRun(s, e) {
                    of = (t.text(from: cf, through: cl), nil, s)
                }
                // A lowercase phrase ("editor at large") names no organisation.
                if of != nil { end = e }
            }
        }
        return (role, of, end)
    }

    /// The longest run of capitalised words in tokens `s...e`: "Otzma Yehudit" in "far-right Otzma Yehudit party".
    private func capitalisedRun(_ s: Int, _ e: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        var k = s
        while k <= e {
            if t.isCapitalized(k) {
                var j = k
                while j + 1 <= e && t.isCapitalized(j + 1) { j += 1 }
                if best == nil || j - k > best!.1 - best!.0 { best = (k, j) }
                k = j + 1
            } else {
                k += 1
            }
        }
        return best
    }
}

private extension String {
    func trimmingTrailingSpace() -> String {
        var s = self
        while let c = s.unicodeScalars.last, ScalarClass.isSpace(c) { s.unicodeScalars.removeLast() }
        return s
    }
}

/// The features the name tagger reads at each token, as 64-bit keys in one flat buffer: the word, its shape,
/// prefix and suffix, its neighbours, what the word lists say of it, and what the rules found there (the
/// candidate covering it, its position in that candidate, its span rule, the rule cues that voted for it and
/// the type they favour). The rules' findings are features, so the model learns how far to trust each.
///
/// Only tokens that may be part of a name get features: a capitalised word, a token inside a rule candidate,
/// or a lowercase connector between capitals ("Bank of England", "al-"). Every other token can only be
/// outside a name (`allowed` holds just O), which keeps the tagger's cost to the few tokens that matter.
struct TaggerFeatures {
    typealias V = EntityVocabulary
    let t: EntityTokens
    let g: Gazetteer

    /// Feature keys of token k: `keys[offsets[k]..<offsets[k + 1]]`.
    private(set) var keys: [UInt64] = []
    private(set) var offsets: [Int32] = []
    /// Tags token k may take, one bit per `NameTag`.
    private(set) var allowed: [UInt16] = []
    /// Feature names, parallel to `keys` (only when built with `names: true`, for `--explain`).
    private(set) var names: [String]? = nil

    static let allTags: UInt16 = (1 << 13) - 1
    static let outsideOnly: UInt16 = 1
    /// O and the inside tags: a connector may sit inside a name but never start or end one.
    static let insideOrOutside: UInt16 = 1 | (1 << 2) | (1 << 6) | (1 << 10)

    private static func template(_ s: String) -> UInt64 { NameKey.word(s) }
    private static let tBias = template("bias"), tWord = template("w"), tShape = template("shape")
    private static let tSuf = template("suf3"), tPre = template("pre3"), tFlags = template("flags")
    private static let tPrev = template("w-1"), tNext = template("w+1"), tPrev2 = template("w-2")
    private static let tNext2 = template("w+2"), tPrevShape = template("shape-1"), tNextShape = template("shape+1")
    private static let tLex = template("lex"), tCand = template("cand"), tRule = template("rule")
    private static let tCue = template("cue"), tLead = template("lead"), tEntry = template("entry")
    private static let tLen = template("len"), tCluster = template("cl")

    init(t: EntityTokens, g: Gazetteer, candidates: [EntityCandidate], names: Bool = false) {
        self.t = t
        self.g = g
        let n = t.count
        var sink = Sink(names: names ? [] : nil)
        offsets.reserveCapacity(n + 1)
        allowed = [UInt16](repeating: Self.outsideOnly, count: n)
        // The rule candidate covering each token (the first one, candidates do not overlap).
        var cover = [Int32](repeating: -1, count: n)
        for (i, c) in candidates.enumerated() {
            // Groups stay with the gazetteer rules; craft and works are dropped anyway.
            if let e = c.entry, e.type == .group { continue }
            for k in c.first..<c.end where cover[k] < 0 { cover[k] = Int32(i) }
        }
        for k in 0..<n {
            offsets.append(Int32(sink.keys.count))
            let ci = Int(cover[k])
            let mayName: UInt16
            if ci >= 0 || t.isCapitalized(k) {
                mayName = isConstrainedOutside(k, inCandidate: ci >= 0) ? Self.outsideOnly : Self.allTags
            } else if t.tokens[k].kind == .word, k > 0, k + 1 < n, t.isCapitalized(k + 1),
                      t.isCapitalized(k - 1) || t.tokens[k - 1].kind != .word,
                      V.connectors.contains(t.folded[k]) || V.particles.contains(t.folded[k]) {
                mayName = Self.insideOrOutside
            } else if t.tokens[k].kind != .word, t.tokens[k].range.length == 1, k > 0, k + 1 < n,
                      t.isCapitalized(k - 1), t.isCapitalized(k + 1),
                      t.isPunctuation(k, "&") || t.isPunctuation(k, ".") || t.isPunctuation(k, "-") {
                mayName = Self.insideOrOutside
            } else {
                continue
            }
            allowed[k] = mayName
            if mayName == Self.outsideOnly { continue }
            extract(k, ci >= 0 ? candidates[ci] : nil, &sink)
        }
        offsets.append(Int32(sink.keys.count))
        keys = sink.keys
        self.names = sink.names
    }

    /// Certain rules: a month or weekday ("April" alone), a title before a name ("Lt. Gen.", "Prime Minister")
    /// is outside every name.
    private func isConstrainedOutside(_ k: Int, inCandidate: Bool) -> Bool {
        if inCandidate { return false }
        let w = t.folded[k]
        if V.nonNames.contains(w) { return true }
        if V.titles.contains(w) || V.titleModifiers.contains(w) {
            // A title word before another capitalised word, unless it opens an organisation ("General Motors").
            if k + 1 < t.count && t.isCapitalized(k + 1) && !V.organizationHeads.contains(t.folded[k + 1]) { return true }
        }
        return false
    }

    /// Collects feature keys, and their names when `names` is set.
    struct Sink {
        var keys: [UInt64] = []
        var names: [String]? = nil

        @inline(__always)
        mutating func add(_ template: UInt64, _ value: UInt64, _ name: @autoclosure () -> String) {
            keys.append(NameKey.extend(template, value))
            if names != nil { names!.append(name()) }
        }
    }

    private func text(_ k: Int) -> String {
        var s = String.UnicodeScalarView()
        let r = t.tokens[k].range
        s.append(contentsOf: t.scalars[r.start..<r.end])
        return String(s)
    }

    private func extract(_ k: Int, _ c: EntityCandidate?, _ sink: inout Sink) {
        let named = sink.names != nil
        func add(_ template: UInt64, _ value: UInt64, _ name: @autoclosure () -> String) {
            sink.add(template, value, named ? name() : "")
        }
        let n = t.count
        add(Self.tBias, 1, "bias")
        add(Self.tWord, t.folded[k], "w=" + text(k).lowercased())
        let shape = shapeKey(k)
        add(Self.tShape, shape, "shape=" + shapeName(k))
        let r = t.tokens[k].range
        if t.isCapitalized(k) && r.length >= 4 {
            add(Self.tSuf, NameKey.word(t.scalars, r.end - 3, r.end).folded, "suf3=" + String(text(k).lowercased().suffix(3)))
            add(Self.tPre, NameKey.word(t.scalars, r.start, r.start + 3).folded, "pre3=" + String(text(k).lowercased().prefix(3)))
        }
        var flags: UInt64 = 0
        if t.has(k, .allCaps) { flags |= 1 }
        if t.has(k, .sentenceInitial) { flags |= 2 }
        if t.has(k, .heading) { flags |= 4 }
        if t.has(k, .joined) { flags |= 8 }
        add(Self.tFlags, flags, "flags=\(flags)")
        let lex = g.flags(t.folded[k]).rawValue
        add(Self.tLex, UInt64(lex), "lex=\(lex)")
        if k > 0 {
            add(Self.tPrev, t.folded[k - 1], "w-1=" + text(k - 1).lowercased())
            add(Self.tPrevShape, shapeKey(k - 1), "shape-1=" + shapeName(k - 1))
            if k > 1 { add(Self.tPrev2, t.folded[k - 2], "w-2=" + text(k - 2).lowercased()) }
        } else {
            add(Self.tPrev, 0, "w-1=<s>")
        }
        if k + 1 < n {
            add(Self.tNext, t.folded[k + 1], "w+1=" + text(k + 1).lowercased())
            add(Self.tNextShape, shapeKey(k + 1), "shape+1=" + shapeName(k + 1))
            if k + 2 < n { add(Self.tNext2, t.folded[k + 2], "w+2=" + text(k + 2).lowercased()) }
        } else {
            add(Self.tNext, 0, "w+1=</s>")
        }
        if let cluster = WordClusters.shared.cluster(t.folded[k]) {
            add(Self.tCluster, UInt64(cluster), "cl=\(cluster)")
            add(Self.tCluster, UInt64(cluster >> 4) | 0x1_0000_0000, "cl4=\(cluster >> 4)")
        }
        guard let c = c else {
            add(Self.tCand, 0, "cand=-")
            return
        }
        // Where this token sits in the rule candidate, and what the rules made of the candidate.
        let pos: UInt64 = c.end - c.first == 1 ? 4 : k == c.first ? 1 : k == c.end - 1 ? 3 : 2
        let posName = ["", "B", "I", "L", "U"][Int(pos)]
        let lead = c.votes.best.map { UInt64(NameTag.types.firstIndex(of: $0).map { $0 + 1 } ?? 4) } ?? 0
        let top = c.votes.best.map { c.votes[$0] } ?? 0
        let strength: UInt64 = top >= 3 ? 2 : top >= 1 ? 1 : 0
        let leadName = c.votes.best?.rawValue ?? "-"
        add(Self.tCand, pos | (c.weak ? 8 : 0), "cand=" + posName + (c.weak ? "~" : ""))
        add(Self.tLead, (lead << 8) | (strength << 4) | pos, "lead=\(leadName):\(strength):\(posName)")
        add(Self.tRule, (UInt64(c.rule.rawValue) << 8) | pos, "rule=\(c.rule.name):\(posName)")
        add(Self.tLen, UInt64(min(c.end - c.first, 4)) << 8 | pos, "len=\(min(c.end - c.first, 4)):\(posName)")
        if let e = c.entry {
            let ty = UInt64(NameTag.types.firstIndex(of: e.type).map { $0 + 1 } ?? 4)
            add(Self.tEntry, ty | (e.ambiguous || e.minor ? 16 : 0), "entry=\(e.type.rawValue)" + (e.ambiguous || e.minor ? "~" : ""))
        }
        for ty in [EntityType.person, .organization, .place, .group] {
            let cues = c.votes.cues(for: ty)
            guard !cues.isEmpty else { continue }
            for rule in EntityRule.cues where cues.contains(rule) {
                add(Self.tCue, UInt64(rule.rawValue) << 8 | UInt64(NameTag.types.firstIndex(of: ty) ?? 3),
                    "cue=\(rule.name):\(ty.rawValue)")
            }
        }
    }

    // MARK: shapes

    @inline(__always)
    private func shapeClass(_ c: Unicode.Scalar) -> UInt32 {
        if ScalarClass.isUpper(c) { return 0x58 }
        if ScalarClass.isDigit(c) { return 0x64 }
        if ScalarClass.isLetter(c) { return 0x78 }
        return c.value
    }

    /// Shape classes (X upper, x lower, d digit, other scalars as themselves), runs collapsed: "Xx", "X.X.", "dd".
    private func shapeKey(_ k: Int) -> UInt64 {
        var h = NameKey.seed
        var last: UInt32 = 0
        let r = t.tokens[k].range
        for i in r.start..<r.end {
            let s = shapeClass(t.scalars[i])
            if s != last { h = NameKey.mix(h, s); last = s }
        }
        return h
    }

    private func shapeName(_ k: Int) -> String {
        var out = String.UnicodeScalarView()
        var last: UInt32 = 0
        let r = t.tokens[k].range
        for i in r.start..<r.end {
            let s = shapeClass(t.scalars[i])
            if s != last, let u = Unicode.Scalar(s) { out.append(u); last = s }
        }
        return String(out)
    }
}

extension TaggerFeatures {
    /// Keeps tokens `0..<n` (training on annotated text only).
    mutating func truncate(to n: Int) {
        guard n < allowed.count else { return }
        let end = Int(offsets[n])
        keys.removeSubrange(end...)
        names?.removeSubrange(end...)
        offsets.removeSubrange((n + 1)...)
        allowed.removeSubrange(n...)
    }
}

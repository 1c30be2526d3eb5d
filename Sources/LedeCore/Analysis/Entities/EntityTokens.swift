/// Per-token facts the entity rules read, computed in one pass over the scalars.
struct EntityTokens {
    struct Flags: OptionSet {
        let rawValue: UInt16
        /// A word starting with a capital letter.
        static let capitalized = Flags(rawValue: 1)
        /// Two or more letters, all capitals ("IDF", "U.S.").
        static let allCaps = Flags(rawValue: 2)
        /// Holds a hyphen, dot or apostrophe inside ("Is-rael", "U.S.", "Ben-Gvir").
        static let joined = Flags(rawValue: 4)
        /// First word of a sentence, or right after an opening quote, bracket or colon.
        static let sentenceInitial = Flags(rawValue: 8)
        /// Inside a heading, or a Title Case line that reads like one.
        static let heading = Flags(rawValue: 16)
        /// The whitespace before this token holds a line break.
        static let afterNewline = Flags(rawValue: 32)
        /// The whitespace before this token holds a blank line.
        static let afterBlankLine = Flags(rawValue: 64)
        /// Directly follows the previous token with no space.
        static let attached = Flags(rawValue: 128)
        /// A possessive ending token ("’s").
        static let possessive = Flags(rawValue: 256)
        /// First token of a block.
        static let blockStart = Flags(rawValue: 512)
    }

    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    var folded: [UInt64]
    var skeleton: [UInt64]
    var flags: [Flags]

    init(_ context: AnalysisContext) {
        let tokens = context.tokens
        let s = context.scalars
        self.tokens = tokens
        self.scalars = s
        let n = tokens.count
        var folded = [UInt64](repeating: 0, count: n)
        var skeleton = [UInt64](repeating: 0, count: n)
        var flags = [Flags](repeating: [], count: n)

        var sentence = 0
        let sentences = context.sentences
        for k in 0..<n {
            let t = tokens[k]
            var f: Flags = []
            let (a, b) = NameKey.word(s, t.range.start, t.range.end)
            folded[k] = a
            skeleton[k] = b
            let c = s[t.range.start]
            if t.kind == .word {
                if ScalarClass.isUpper(c) {
                    f.insert(.capitalized)
                    var letters = 0, upper = 0, inner = false
                    var i = t.range.start
                    while i < t.range.end {
                        let x = s[i]
                        if ScalarClass.isLetter(x) { letters += 1; if ScalarClass.isUpper(x) { upper += 1 } }
                        else if x == "-" || x == "." || ScalarClass.isApostrophe(x) || ScalarClass.isHyphen(x) {
                            inner = true
                        }
                        i += 1
                    }
                    if letters >= 2 && upper == letters { f.insert(.allCaps) }
                    if inner { f.insert(.joined) }
                } else if Self.isParticleName(s, t.range) {
                    f.insert([.capitalized, .joined])
                } else if ScalarClass.isApostrophe(c) {
                    f.insert(.possessive)
                }
            }
            while sentence < sentences.count && sentences[sentence].end <= t.range.start { sentence += 1 }
            if sentence < sentences.count && sentences[sentence].start == t.range.start { f.insert(.sentenceInitial) }
            if k > 0 {
                let p = tokens[k - 1]
                if p.range.end == t.range.start {
                    f.insert(.attached)
                } else {
                    var newlines = 0
                    var i = p.range.end
                    while i < t.range.start { if s[i] == "\n" { newlines += 1 }; i += 1 }
                    if newlines > 0 { f.insert(.afterNewline) }
                    if newlines > 1 { f.insert(.afterBlankLine) }
                }
                if p.kind == .punctuation {
                    let q = s[p.range.start]
                    // After a full stop, question or exclamation mark, even where no sentence was split.
                    if q == "." || q == "?" || q == "!" || q == "\u{2026}" { f.insert(.sentenceInitial) }
                    if q == "\"" || q == "\u{201C}" || q == "(" || q == "[" || q == ":" || q == "\u{2018}"
                        || q == "\u{2014}" || q == "\u{2013}" {
                        f.insert(.sentenceInitial)
                    }
                }
            } else {
                f.insert(.sentenceInitial)
            }
            flags[k] = f
        }
        self.folded = folded
        self.skeleton = skeleton
        self.flags = flags
        markBlocks(context)
    }

    /// Marks headings (blocks of kind heading, or Title Case lines without a full stop) and block starts.
    private mutating func markBlocks(_ context: AnalysisContext) {
        let n = tokens.count
        var blocks = context.article.blocks.map { ($0.range, $0.kind == .heading) }
        if blocks.isEmpty {
            blocks = SentenceSplitter.lineRanges(scalars).map { ($0, false) }
        }
        blocks.sort { $0.0.start < $1.0.start }
        var k = 0
        for (range, isHeading) in blocks {
            while k < n && tokens[k].range.start < range.start { k += 1 }
            let first = k
            var end = k
            while end < n && tokens[end].range.end <= range.end { end += 1 }
            guard end > first else { continue }
            flags[first].insert([.blockStart, .sentenceInitial])
            if isHeading || looksLikeHeading(first, end) {
                for j in first..<end { flags[j].insert(.heading) }
            }
            k = end
        }
    }

    /// A short line, no final full stop, whose longer words are all capitalised: "A Resounding Blow to
    /// National Security". Ingestion marks real headings; this catches plain-text ones it could not.
    private func looksLikeHeading(_ first: Int, _ end: Int) -> Bool {
        guard end - first <= 16 else { return false }
        let last = scalars[tokens[end - 1].range.start]
        if last == "." || last == "," || last == ";" { return false }
        var capitals = 0
        for j in first..<end where tokens[j].kind == .word {
            if flags[j].contains(.capitalized) { capitals += 1; continue }
            if tokens[j].range.length > 3 { return false }
        }
        return capitals >= 2
    }

    /// A name part that opens with a lowercase particle: "al-Amr", "el-Sisi", "bin-Laden", "d'Estaing".
    /// One to three lowercase letters, a hyphen or apostrophe, then a capital.
    static func isParticleName(_ s: [Unicode.Scalar], _ r: TextRange) -> Bool {
        var i = r.start
        while i < r.end && i - r.start < 4 && ScalarClass.isLower(s[i]) { i += 1 }
        guard i > r.start, i - r.start <= 3, i + 1 < r.end else { return false }
        return (ScalarClass.isHyphen(s[i]) || ScalarClass.isApostrophe(s[i])) && ScalarClass.isUpper(s[i + 1])
    }

    var count: Int { tokens.count }

    @inline(__always) func has(_ k: Int, _ f: Flags) -> Bool { flags[k].contains(f) }
    @inline(__always) func isCapitalized(_ k: Int) -> Bool { flags[k].contains(.capitalized) }
    @inline(__always) func first(_ k: Int) -> Unicode.Scalar { scalars[tokens[k].range.start] }
    @inline(__always) func isPunctuation(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        tokens[k].kind != .word && tokens[k].range.length == 1 && scalars[tokens[k].range.start] == c
    }
}

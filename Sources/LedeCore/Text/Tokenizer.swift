/// Splits text into word, number, punctuation and symbol tokens, scalar by scalar.
///
/// Words keep inner hyphens and apostrophes ("Ben-Gvir", "don't") and dotted abbreviations ("U.S.", "D.C.");
/// a possessive ending ("’s", or a bare "’" after an s) is split off as its own token so that entity spans
/// can leave it out. Numbers keep their separators ("1,200", "3.5", "15:30").
///
/// Chinese and Japanese write no spaces, so there each Han ideograph and each hiragana (which mostly writes
/// particles and endings, glued to the next word) is its own token, a run of katakana (a loanword) is one, and
/// digits (ASCII or full-width) are a number ("2007年9月26日" is "2007" "年" "9" "月" "26" "日"); the analysers
/// then read CJK words character by character.
public enum Tokenizer {
    public static func tokenize(_ s: [Unicode.Scalar], in range: TextRange? = nil) -> [Token] {
        var tokens: [Token] = []
        // Room for the most tokens ordinary text makes (a token and a space), so the array is not copied as it
        // grows: pages of the reservation that no token reaches are never touched and cost no memory.
        tokens.reserveCapacity(s.count / 2 + 16)
        var i = range?.start ?? 0
        // Tokens hold 32-bit offsets; no article comes near 4 billion scalars (64 MiB is the default limit).
        let n = min(range?.end ?? s.count, Int(UInt32.max))
        while i < n {
            let c = s[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            let start = i
            if c.value >= ScalarClass.cjkStart, let kind = ScalarClass.cjkKind(c) {
                i = scanCJK(s, kind, from: i, to: n)
                add(&tokens, start, i, kind == .wideDigit ? .number : .word)
                continue
            }
            if ScalarClass.isLetter(c) || (ScalarClass.isDigit(c) && i + 1 < n && ScalarClass.isLetter(s[i + 1])
                                           && s[i + 1].value < ScalarClass.cjkStart) {
                i = scanWord(s, from: i, to: n)
                // Possessive "’s" / "'s" as its own token.
                if i + 1 < n && ScalarClass.isApostrophe(s[i]) && (s[i + 1] == "s" || s[i + 1] == "S")
                    && (i + 2 >= n || !ScalarClass.isLetter(s[i + 2])) {
                    add(&tokens, start, i, .word)
                    add(&tokens, i, i + 2, .word)
                    i += 2
                    continue
                }
                add(&tokens, start, i, .word)
            } else if ScalarClass.isDigit(c) {
                i += 1
                while i < n {
                    if ScalarClass.isDigit(s[i]) { i += 1; continue }
                    if (s[i] == "," || s[i] == "." || s[i] == ":") && i + 1 < n && ScalarClass.isDigit(s[i + 1]) {
                        i += 2; continue
                    }
                    break
                }
                // Ordinals and suffixed numbers: "7th", "1990s", "25km" stay whole only for ordinal/plural endings.
                if i < n && s[i].value < ScalarClass.cjkStart && ScalarClass.isLetter(s[i]) {
                    var j = i
                    while j < n && ScalarClass.isLetter(s[j]) { j += 1 }
                    let suffix = String(String.UnicodeScalarView(s[i..<j])).lowercased()
                    if ["st", "nd", "rd", "th", "s"].contains(suffix) { i = j }
                }
                add(&tokens, start, i, .number)
            } else if ScalarClass.isSymbol(c) {
                i += 1
                add(&tokens, start, i, .symbol)
            } else {
                i += 1
                // Keep "..." as one token.
                if c == "." { while i < n && s[i] == "." { i += 1 } }
                add(&tokens, start, i, .punctuation)
            }
        }
        return tokens
    }

    /// Appends the token, cut in pieces of at most `Token.maxLength` scalars (a run of 16 million letters,
    /// digits or dots is no word anyone reads, but its offsets must stay right).
    @inline(__always)
    static func add(_ tokens: inout [Token], _ start: Int, _ end: Int, _ kind: Token.Kind) {
        var s = start
        while end - s > Token.maxLength {
            tokens.append(Token(range: TextRange(s, s + Token.maxLength), kind: kind))
            s += Token.maxLength
        }
        tokens.append(Token(range: TextRange(s, end), kind: kind))
    }

    @inline(__always)
    static func isWordPart(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isLetter(c) || ScalarClass.isDigit(c) || ScalarClass.isMark(c)
    }

    /// The end of a CJK token starting at `start`: one ideograph or hiragana, or a run of katakana or of wide digits,
    /// with the combining marks after it.
    static func scanCJK(_ s: [Unicode.Scalar], _ kind: ScalarClass.CJKKind, from start: Int, to n: Int) -> Int {
        var i = start + 1
        if kind == .katakana || kind == .wideDigit {
            while i < n && s[i].value >= ScalarClass.cjkStart && ScalarClass.cjkKind(s[i]) == kind { i += 1 }
        }
        while i < n && ScalarClass.isMark(s[i]) { i += 1 }
        return i
    }

    static func scanWord(_ s: [Unicode.Scalar], from start: Int, to n: Int) -> Int {
        var i = start
        while i < n && isWordPart(s[i]) && !(s[i].value >= ScalarClass.cjkStart && ScalarClass.cjkKind(s[i]) != nil) {
            i += 1
        }
        while i + 1 < n {
            let c = s[i]
            if (ScalarClass.isHyphen(c) || ScalarClass.isApostrophe(c)) && ScalarClass.isLetter(s[i + 1]) {
                // Leave a possessive "’s" at the end for the caller to split off.
                if ScalarClass.isApostrophe(c) && (s[i + 1] == "s" || s[i + 1] == "S")
                    && (i + 2 >= n || !ScalarClass.isLetter(s[i + 2])) { break }
                i += 1
                while i < n && isWordPart(s[i]) && !(s[i].value >= ScalarClass.cjkStart && ScalarClass.cjkKind(s[i]) != nil) {
                    i += 1
                }
                continue
            }
            // Dotted abbreviations: a single letter, a dot, a letter ("U.S.", "D.C.", "e.g.").
            if c == "." && i - start >= 1 && ScalarClass.isLetter(s[i + 1]) && isSingleLetterSegment(s, start, i)
                && (i + 2 >= n || s[i + 2] == "." || !ScalarClass.isLetter(s[i + 2])) {
                i += 2
                if i < n && s[i] == "." { i += 1 }
                continue
            }
            break
        }
        // The final dot of a dotted abbreviation ("U.S" + ".").
        if i < n && s[i] == "." && i - start >= 3 && s[i - 2] == "." && ScalarClass.isLetter(s[i - 1]) { i += 1 }
        return i
    }

    private static func isSingleLetterSegment(_ s: [Unicode.Scalar], _ start: Int, _ dot: Int) -> Bool {
        // The segment before this dot is one letter long.
        dot - 1 >= start && ScalarClass.isLetter(s[dot - 1]) && (dot - 1 == start || s[dot - 2] == ".")
    }
}

/// The article's tokens as the fact extractors see them: each word token with its lexicon key, computed once,
/// and small helpers for looking around a token without allocating.
struct FactTokens {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// `WordKey` of each word token's text; 0 for other tokens.
    let keys: [UInt64]

    init(scalars: [Unicode.Scalar], tokens: [Token]) {
        self.scalars = scalars
        self.tokens = tokens
        var keys = [UInt64](repeating: 0, count: tokens.count)
        for k in 0..<tokens.count where tokens[k].kind == .word {
            keys[k] = WordKey.of(scalars, tokens[k].range.start, tokens[k].range.end)
        }
        self.keys = keys
    }

    var count: Int { tokens.count }

    @inline(__always) func start(_ i: Int) -> Int { tokens[i].range.start }
    @inline(__always) func end(_ i: Int) -> Int { tokens[i].range.end }
    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    @inline(__always) func first(_ i: Int) -> Unicode.Scalar { scalars[tokens[i].range.start] }

    /// The key of token `i`, or 0 when out of bounds or not a word.
    @inline(__always) func key(_ i: Int) -> UInt64 { i >= 0 && i < keys.count ? keys[i] : 0 }

    /// Token `i` is exactly the one scalar `c`.
    @inline(__always) func isMark(_ i: Int, _ c: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].range.length == 1 && scalars[tokens[i].range.start] == c
    }

    /// Token `i` is punctuation or a symbol.
    @inline(__always) func isPunctuation(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && (tokens[i].kind == .punctuation || tokens[i].kind == .symbol)
    }

    /// Token `i` is a comma, semicolon, colon, full stop, bracket or dash: a clause boundary.
    func isClauseBreak(_ i: Int) -> Bool {
        guard isPunctuation(i) else { return false }
        switch first(i) {
        case ",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "\u{2014}", "\u{2013}", "\u{2026}": return true
        default: return Self.isQuoteMark(first(i))
        }
    }

    /// Tokens `i` and `j` touch: no space between them.
    @inline(__always) func touching(_ i: Int, _ j: Int) -> Bool {
        i >= 0 && j >= 0 && i < tokens.count && j < tokens.count && end(i) == start(j)
    }

    @inline(__always) func isCapitalized(_ i: Int) -> Bool { isWord(i) && ScalarClass.isUpper(first(i)) }

    /// An all-capitals word of two letters or more ("US", "WHO", "IDF"): an acronym, never a function word.
    func isAcronym(_ i: Int) -> Bool {
        guard isWord(i), tokens[i].range.length >= 2 else { return false }
        for k in tokens[i].range.start..<tokens[i].range.end where ScalarClass.isLower(scalars[k]) { return false }
        return true
    }

    func text(_ i: Int) -> String { text(from: i, through: i) }

    /// The text from the start of token `i` to the end of token `j`.
    func text(from i: Int, through j: Int) -> String { ScalarString.make(scalars, start(i), end(j)) }

    func text(_ r: TextRange) -> String { ScalarString.make(scalars, r.start, r.end) }

    /// The index of the first token that ends after `offset`.
    func index(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" || c == "\u{00AB}" || c == "\u{00BB}"
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == "\u{2012}" || c == "\u{2013}" || c == "\u{2014}"
            || c == "\u{2212}"
    }
}

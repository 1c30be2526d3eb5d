/// Splits each block into sentences, from the tokens.
///
/// Sentences never cross a block (a heading, a paragraph, a list item). A full stop ends a sentence only when
/// whitespace and a capital, digit or opening quote follow and it does not close an abbreviation ("Lt. Gen.",
/// "Dr.", "No. 10", "Jan. 21") or an initial ("J. K. Rowling"); "U.S." ends a sentence only before a word
/// that usually starts one. Chinese and Japanese full stops (。！？) end a sentence wherever they stand, unless a
/// closing quote follows and the text runs on ("「驚いている。」などと" goes on after the quotation).
public enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence (lowercased, without the dot).
    static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
        "cmdr", "rep", "reps", "sen", "sens", "gov", "pres", "rev", "hon", "st", "mt", "ft", "jr", "sr", "messrs",
        "vs", "etc", "e.g", "i.e", "approx", "dept", "est", "fig", "figs", "ca", "cf", "al", "vol", "vols", "pp",
        "brig", "insp", "supt", "det", "atty", "amb", "gens", "lieut", "mme", "mlle", "sra", "sr", "sta",
    ]
    /// Abbreviations that hold a sentence together only when a number follows ("No. 10", "Jan. 21").
    static let numberAbbreviations: Set<String> = [
        "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art",
        "p", "ch", "sec", "para", "op", "nr",
    ]
    /// Words that usually start a sentence: after "U.S." or an ellipsis they mean the sentence ended.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "but", "and", "this", "that",
        "these", "those", "his", "her", "its", "their", "our", "according", "after", "as", "at", "for", "however",
        "while", "when", "there", "if", "since", "despite", "meanwhile", "also", "both", "some", "many", "most",
        "officials", "police", "what", "who", "why", "how", "yet", "so", "then", "one", "two", "during", "earlier",
        "later", "last", "next", "no", "not", "all", "each", "more", "other", "such", "to", "with", "by", "from",
    ]

    public static func split(text: ArticleText, tokens: [Token], blocks: [Block]) -> [TextRange] {
        let s = text.scalars
        let ranges: [TextRange]
        if blocks.isEmpty {
            ranges = lineRanges(s)
        } else {
            ranges = blocks.map(\.range).sorted()
        }
        var out: [TextRange] = []
        out.reserveCapacity(tokens.count / 15 + ranges.count)
        var t = 0
        for block in ranges {
            while t < tokens.count && tokens[t].range.start < block.start { t += 1 }
            var u = t
            while u < tokens.count && tokens[u].range.end <= block.end { u += 1 }
            splitBlock(s, tokens, t..<u, into: &out)
            t = u
        }
        return out
    }

    static func lineRanges(_ s: [Unicode.Scalar]) -> [TextRange] {
        var out: [TextRange] = []
        var start = 0
        for i in 0..<s.count where s[i] == "\n" {
            if i > start { out.append(TextRange(start, i)) }
            start = i + 1
        }
        if s.count > start { out.append(TextRange(start, s.count)) }
        return out
    }

    static func lower(_ s: [Unicode.Scalar], _ r: TextRange) -> String {
        String(String.UnicodeScalarView(s[r.start..<r.end])).lowercased()
    }

    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "»", "」", "』", "）", "】", "〕", "〉", "》", "＂", "］": return true
        default: return false
        }
    }

    /// The full stops of Chinese and Japanese: 。！？, their full-width and half-width forms.
    static func isCJKStop(_ c: Unicode.Scalar) -> Bool {
        c == "\u{3002}" || c == "\u{FF01}" || c == "\u{FF1F}" || c == "\u{FF0E}" || c == "\u{FF61}"
    }

    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{2018}" || c == "(" || c == "[" || c == "«"
    }

    static func splitBlock(_ s: [Unicode.Scalar], _ tokens: [Token], _ range: Range<Int>, into out: inout [TextRange]) {
        guard !range.isEmpty else { return }
        var sentenceStart = tokens[range.lowerBound].range.start
        var k = range.lowerBound
        while k < range.upperBound {
            let tok = tokens[k]
            let first = s[tok.range.start]
            let last = s[tok.range.end - 1]
            let isTerminal: Bool
            var abbreviationWord = false
            let cjkStop = tok.kind == .punctuation && first.value >= 0x3000 && isCJKStop(first)
            if tok.kind == .punctuation && (first == "." || first == "!" || first == "?" || first == "\u{2026}" || cjkStop) {
                isTerminal = true
            } else if tok.kind == .word && last == "." {
                isTerminal = true       // "U.S." and friends
                abbreviationWord = true
            } else {
                isTerminal = false
            }
            if !isTerminal { k += 1; continue }
            // Absorb repeated terminators and closing quotes/brackets.
            var end = tok.range.end
            var j = k + 1
            var closed = false
            while j < range.upperBound {
                let c = s[tokens[j].range.start]
                if tokens[j].kind == .punctuation && tokens[j].range.start == end
                    && (isClosing(c) || c == "." || c == "!" || c == "?" || c == "\u{2026}" || isCJKStop(c)) {
                    if isClosing(c) { closed = true }
                    end = tokens[j].range.end
                    j += 1
                } else { break }
            }
            guard j < range.upperBound else { break }
            let next = tokens[j]
            if cjkStop {
                if !(closed && next.range.start == end) {
                    out.append(TextRange(sentenceStart, end))
                    sentenceStart = next.range.start
                }
                k = j
                continue
            }
            // Needs a space between, and a sentence-like start after.
            guard next.range.start > end else { k = j; continue }
            let nc = s[next.range.start]
            let startsLikeSentence = ScalarClass.isUpper(nc) || ScalarClass.isDigit(nc) || isOpening(nc)
            guard startsLikeSentence else { k = j; continue }
            if first == "." && tok.kind == .punctuation && tok.range.length == 1 && k > range.lowerBound {
                let prev = tokens[k - 1]
                if prev.range.end == tok.range.start && prev.kind == .word {
                    let w = lower(s, prev.range)
                    if titleAbbreviations.contains(w) { k = j; continue }
                    if numberAbbreviations.contains(w) && next.kind == .number { k = j; continue }
                    // An initial: one capital letter ("J. K. Rowling", "Robert S. Mueller").
                    if prev.range.length == 1 && ScalarClass.isUpper(s[prev.range.start]) { k = j; continue }
                }
            }
            if abbreviationWord || (first == "." && tok.range.length > 1) || first == "\u{2026}" {
                // "U.S." or an ellipsis: only before a word that usually starts a sentence.
                let w = lower(s, next.range)
                if !(sentenceStarters.contains(w) || isOpening(nc)) { k = j; continue }
            }
            out.append(TextRange(sentenceStart, end))
            sentenceStart = next.range.start
            k = j
        }
        let blockEnd = tokens[range.upperBound - 1].range.end
        if blockEnd > sentenceStart { out.append(TextRange(sentenceStart, blockEnd)) }
    }
}

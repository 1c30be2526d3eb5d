/// Where a direct quote is: its opening and closing marks and the words between them, paragraph by paragraph.
///
/// A quote ends at its closing mark, or at the end of its paragraph when the mark is missing. It runs on into the
/// next paragraph only by the typographic convention for long quotes: its paragraph ends with no closing mark and
/// the next one opens with a quotation mark.
struct QuoteSpan {
    /// Token of the opening mark.
    var open: Int
    /// Token of the closing mark; nil when the quote ends at the end of its last paragraph without one.
    var close: Int?
    /// The words between the marks, one range per paragraph.
    var parts: [TextRange]
    /// Index of the first and last block the quote is in.
    var firstBlock: Int
    var lastBlock: Int
    /// Single marks (‘…’), as British pages write quotes.
    var single = false

    /// From the opening mark to the closing mark (or the end of the last part).
    func range(_ t: FactTokens) -> TextRange {
        TextRange(t.start(open), close.map { t.end($0) } ?? parts[parts.count - 1].end)
    }

    /// The last token of the quote: its closing mark, or the last token inside it.
    func lastToken(_ t: FactTokens) -> Int {
        close ?? max(open, t.index(atOrAfter: parts[parts.count - 1].end) - 1)
    }

    var inner: TextRange { TextRange(parts[0].start, parts[parts.count - 1].end) }
}

/// Pairs quotation marks into quote spans, block by block.
enum QuoteSpans {
    /// `marks`: token indices of quotation marks, in order (double marks, guillemets, and single marks when
    /// `singles` holds them too).
    static func pair(_ t: FactTokens, _ blocks: BlockIndex, marks: [Int]) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        var open: QuoteSpan?
        var lowOpen = false

        /// Ends an open quote that its paragraph closed without a mark.
        func endOpen() {
            guard var q = open else { return }
            let b = blocks.blocks[q.lastBlock].range
            let start = q.parts[q.parts.count - 1].start
            q.parts[q.parts.count - 1] = TextRange(start, max(start, trimmedEnd(t, b.end)))
            if !q.parts[q.parts.count - 1].isEmpty { out.append(q) }
            open = nil
        }

        for m in marks {
            let c = t.first(m)
            let block = blocks.index(t.start(m))
            guard block >= 0, blocks.holdsQuotes(block) else { continue }
            let opens: Bool
            switch c {
            case "\u{201C}":
                // „…“ in German style: the high mark closes a low one.
                opens = !(open != nil && lowOpen && open!.lastBlock == block)
            case "\u{00AB}", "\u{201E}": opens = true
            case "\u{201D}", "\u{00BB}": opens = false
            default:
                // A straight mark opens after a space, a bracket or a dash and before a non-space.
                let s = t.start(m)
                let before = s == 0 || ScalarClass.isSpace(t.scalars[s - 1])
                    || "([{\u{2014}\u{2013}".unicodeScalars.contains(t.scalars[s - 1])
                let after = t.end(m) < t.scalars.count && !ScalarClass.isSpace(t.scalars[t.end(m)])
                opens = before && after && (open == nil || open!.lastBlock != block)
            }
            if opens {
                if let q = open {
                    if q.lastBlock == block { continue } // a nested or stray mark inside an open quote
                    // “…end of paragraph / “Next part…”: the same quote, when the new paragraph opens with it.
                    if blocks.next(after: q.lastBlock) == block && blocks.blocks[block].range.start == t.start(m) {
                        var q = q
                        let prev = blocks.blocks[q.lastBlock].range
                        q.parts[q.parts.count - 1].end = max(q.parts[q.parts.count - 1].start, trimmedEnd(t, prev.end))
                        q.parts.append(TextRange(t.end(m), t.end(m)))
                        q.lastBlock = block
                        open = q
                        continue
                    }
                    endOpen()
                }
                open = QuoteSpan(open: m, close: nil, parts: [TextRange(t.end(m), t.end(m))], firstBlock: block,
                                 lastBlock: block)
                lowOpen = c == "\u{201E}"
                continue
            }
            guard var q = open else { continue }
            if q.lastBlock != block {
                // The paragraph ended without a closing mark and the next did not open a quote: the quote ended
                // there, and this mark closes nothing we saw open.
                endOpen()
                continue
            }
            q.close = m
            q.parts[q.parts.count - 1].end = t.start(m)
            open = nil
            if !q.parts[q.parts.count - 1].isEmpty || q.parts.count > 1 { out.append(q) }
        }
        endOpen()
        return out
    }

    /// Single marks (‘…’) as quotation marks: an opening ‘ after a space or a bracket and before a letter, closed
    /// by a ’ that ends a word (not an apostrophe inside one) in the same paragraph. Only outside double quotes.
    static func pairSingles(_ t: FactTokens, _ blocks: BlockIndex, marks: [Int], outside doubles: [QuoteSpan]) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        var open: Int?
        var d = 0
        for m in marks {
            while d < doubles.count && doubles[d].range(t).end <= t.start(m) { d += 1 }
            if d < doubles.count && doubles[d].range(t).start <= t.start(m) { continue }
            let c = t.first(m)
            let s = t.start(m)
            let block = blocks.index(s)
            guard block >= 0, blocks.holdsQuotes(block) else { continue }
            if c == "\u{2018}" || (c == "'" && (s == 0 || ScalarClass.isSpace(t.scalars[s - 1]))) {
                let before = s == 0 || ScalarClass.isSpace(t.scalars[s - 1]) || "([{\u{2014}\u{2013}\"\u{201C}".unicodeScalars.contains(t.scalars[s - 1])
                if before, t.isWord(m + 1), t.touching(m, m + 1) { open = m }
                continue
            }
            guard let o = open, blocks.index(t.start(o)) == block, m > o + 1 else { continue }
            // A closing mark ends a word and is followed by a space, punctuation or the end.
            let e = t.end(m)
            guard e >= t.scalars.count || !ScalarClass.isLetter(t.scalars[e]) else { continue }
            out.append(QuoteSpan(open: o, close: m, parts: [TextRange(t.end(o), t.start(m))], firstBlock: block,
                                 lastBlock: block, single: true))
            open = nil
        }
        return out
    }

    /// The end of the text of a block without its trailing spaces.
    private static func trimmedEnd(_ t: FactTokens, _ end: Int) -> Int {
        var e = end
        while e > 0 && ScalarClass.isSpace(t.scalars[e - 1]) { e -= 1 }
        return e
    }
}

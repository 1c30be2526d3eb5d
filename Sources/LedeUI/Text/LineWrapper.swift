/// Wraps a range of text to a width in cells, at word boundaries.
///
/// Spaces (and newlines inside a block) are break opportunities; so is the boundary before and after a wide
/// character, because CJK text has no spaces. A word longer than the line is cut between clusters, never inside
/// one. Widths come from `DisplayWidth`, one cluster at a time over the scalars.
public enum LineWrapper {
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A }

    public static func wrap(_ s: [Unicode.Scalar], _ range: Range<Int>, width: Int) -> [WrappedLine] {
        let from = max(0, min(range.lowerBound, s.count)), to = max(from, min(range.upperBound, s.count))
        let width = max(1, width)
        var lines: [WrappedLine] = []
        var lineStart = from
        var col = 0
        var breakAt = -1      // where the next line starts if we break at the last opportunity
        var breakEnd = -1     // where the current line ends then
        var i = from
        while i < to {
            let v = s[i].value
            if isSpace(v) {
                var j = i
                while j < to && isSpace(s[j].value) { j += 1 }
                col += j - i
                if col >= width {
                    lines.append(WrappedLine(start: lineStart, end: i))
                    lineStart = j
                    col = 0
                    breakAt = -1
                } else {
                    breakAt = j
                    breakEnd = i
                }
                i = j
                continue
            }
            let ce = DisplayWidth.clusterEnd(s, from: i, limit: to)
            let cw = DisplayWidth.clusterWidth(s, i, ce)
            if cw == 2 && col > 0 {
                breakAt = i
                breakEnd = i
            }
            if col + cw > width {
                if breakAt > lineStart {
                    lines.append(WrappedLine(start: lineStart, end: breakEnd))
                    lineStart = breakAt
                    col = widthOf(s, breakAt, i)
                    breakAt = -1
                    if col + cw <= width {
                        col += cw
                        i = ce
                        if cw == 2 { breakAt = ce; breakEnd = ce }
                        continue
                    }
                }
                if i > lineStart {
                    lines.append(WrappedLine(start: lineStart, end: i))
                    lineStart = i
                    col = 0
                    breakAt = -1
                }
                if cw > width {
                    // A cluster wider than the whole line still gets a line of its own.
                    lines.append(WrappedLine(start: i, end: ce))
                    lineStart = ce
                    col = 0
                    i = ce
                    continue
                }
            }
            col += cw
            i = ce
            if cw == 2 {
                breakAt = ce
                breakEnd = ce
            }
        }
        if lineStart < to || lines.isEmpty {
            var end = to
            while end > lineStart && isSpace(s[end - 1].value) { end -= 1 }
            lines.append(WrappedLine(start: lineStart, end: end))
        }
        return lines
    }

    static func widthOf(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
        var w = 0
        var i = from
        while i < to {
            let e = DisplayWidth.clusterEnd(s, from: i, limit: to)
            w += DisplayWidth.clusterWidth(s, i, e)
            i = e
        }
        return w
    }
}

import LedeScreen

/// Wraps a range of text to a width in cells, at word boundaries.
///
/// Spaces (and newlines inside a block) are break opportunities; so is the boundary before and after a wide
/// character, because CJK text has no spaces. A word longer than the line is cut between clusters, never inside
/// one. Widths come from `DisplayWidth`, one cluster at a time over the scalars. As in Japanese and Chinese
/// typesetting (kinsoku), closing brackets, stops and small kana never start a line and opening brackets
/// never end one, so 「…」 and 。 stay with their words.
public enum LineWrapper {
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0A }

    /// May a line start with scalar `v` (a wide cluster's first scalar)?
    static func mayStartLine(_ v: UInt32) -> Bool {
        switch v {
        case 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x30FB, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0x30FC, 0x300D, 0x300F,
             0xFF09, 0x3011, 0x3015, 0x3009, 0x300B, 0x3017, 0x3019, 0xFF3D, 0xFF5D, 0x3005, 0x309D, 0x309E,
             0x30FD, 0x30FE:
            return false
        case 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
             0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6:
            return false    // small kana
        default:
            return true
        }
    }

    /// May a line end with scalar `v` (an opening bracket may not)?
    static func mayEndLine(_ v: UInt32) -> Bool {
        switch v {
        case 0x300C, 0x300E, 0xFF08, 0x3010, 0x3014, 0x3008, 0x300A, 0x3016, 0x3018, 0xFF3B, 0xFF5B: return false
        default: return true
        }
    }

    /// May a line break between the wide cluster ending at `e` (its first scalar `v`) and what follows?
    @inline(__always)
    static func breaksAfter(_ s: [Unicode.Scalar], _ v: UInt32, _ e: Int, _ to: Int) -> Bool {
        mayEndLine(v) && (e >= to || mayStartLine(s[e].value))
    }

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
            if cw == 2 && col > 0 && mayStartLine(v) && (i == 0 || mayEndLine(s[i - 1].value)) {
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
                        if cw == 2 && breaksAfter(s, v, ce, to) { breakAt = ce; breakEnd = ce }
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
            if cw == 2 && breaksAfter(s, v, ce, to) {
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

/// Display widths in terminal cells, from grapheme clusters and East Asian width.
///
/// Works on Unicode scalars (hot paths never iterate `Character`s): ASCII takes a fast path, everything else a
/// bisection of generated tables. Clusters follow the parts of UAX #29 that matter on a terminal: marks, format
/// characters, variation selectors and emoji modifiers join the scalar before them, a zero-width joiner joins two
/// emoji, and two regional indicators make one flag.
public enum DisplayWidth {
    /// Cells the scalar takes when it starts a cluster: 0 for scalars that only extend a cluster, 2 for wide ones.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if isExtend(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    /// Total cells of a string (sum over its clusters).
    public static func of(_ string: String) -> Int {
        let u = string.utf8
        if u.allSatisfy({ $0 < 0x80 }) { return u.count }
        let scalars = Array(string.unicodeScalars)
        var total = 0
        var i = 0
        while i < scalars.count {
            let e = clusterEnd(scalars, from: i, limit: scalars.count)
            total += clusterWidth(scalars, i, e)
            i = e
        }
        return total
    }

    @inlinable
    public static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        return contains(DisplayWidthTables.wide, v)
    }

    /// True for scalars that join the cluster before them (marks, format characters, emoji modifiers).
    @inlinable
    public static func isExtend(_ v: UInt32) -> Bool {
        if v < 0x300 { return false }
        return contains(DisplayWidthTables.extend, v)
    }

    @inlinable
    static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }

    /// Pictographs a zero-width joiner may join (emoji ZWJ sequences).
    @inlinable
    static func isPictographic(_ v: UInt32) -> Bool {
        (v >= 0x2600 && v <= 0x27BF) || (v >= 0x1F000 && v <= 0x1FAFF) || isWide(v)
    }

    /// The end (exclusive) of the grapheme cluster starting at `start`.
    @inlinable
    public static func clusterEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var j = start + 1
        let base = s[start].value
        if base < 0x80 && (j >= limit || s[j].value < 0x300) { return j }
        if isRegionalIndicator(base), j < limit, isRegionalIndicator(s[j].value) { j += 1 }
        while j < limit {
            let v = s[j].value
            if v < 0x300 || !isExtend(v) { break }
            if v == 0x200D, j + 1 < limit, isPictographic(s[j + 1].value) { j += 2; continue }
            j += 1
        }
        return j
    }

    /// Cells of the cluster s[start..<end].
    @inlinable
    public static func clusterWidth(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        let base = s[start].value
        if base < 0x300 { return 1 }
        var w = of(s[start])
        if w == 0 { return 0 }
        if isRegionalIndicator(base) { return 2 }
        if w == 1 && end - start > 1 {
            // Variation selector 16 asks for emoji presentation, which terminals draw two cells wide.
            for k in (start + 1)..<end where s[k].value == 0xFE0F { w = 2; break }
        }
        return w
    }

    @inlinable
    static func contains(_ table: [(UInt32, UInt32)], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count - 1
        if v < table[0].0 || v > table[hi].1 { return false }
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let r = table[mid]
            if v < r.0 { hi = mid - 1 } else if v > r.1 { lo = mid + 1 } else { return true }
        }
        return false
    }
}

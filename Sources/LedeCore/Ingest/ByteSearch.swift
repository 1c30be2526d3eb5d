/// Substring tests on UTF-8 bytes. Foundation's `contains`/`range(of:)` bridge to NSString on Linux and were
/// the slowest part of ingestion; these stay in the standard library.
enum ByteSearch {
    /// Start offset (in UTF-8 bytes) of the first (or last) occurrence of `needle` in `hay`.
    static func find(_ needle: String, in hay: String, last: Bool = false) -> Int? {
        var h = hay, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb -> Int? in
                guard nb.count <= hb.count, let f = nb.first else { return nb.isEmpty ? 0 : nil }
                let lastStart = hb.count - nb.count
                var i = last ? lastStart : 0
                while last ? i >= 0 : i <= lastStart {
                    if hb[i] == f {
                        var j = 1
                        while j < nb.count && hb[i + j] == nb[j] { j += 1 }
                        if j == nb.count { return i }
                    }
                    i += last ? -1 : 1
                }
                return nil
            }
        }
    }

    @inline(__always)
    static func has(_ hay: String, _ needle: String) -> Bool { find(needle, in: hay) != nil }

    /// Number of space-separated words, without splitting.
    static func wordCount(_ s: String) -> Int {
        var n = 0
        var inWord = false
        for b in s.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A { inWord = false } else if !inWord { inWord = true; n += 1 }
        }
        return n
    }
}

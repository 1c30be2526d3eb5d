import Glibc

/// Substring tests on UTF-8 bytes. Foundation's `contains`/`range(of:)` bridge to NSString on Linux and were
/// the slowest part of ingestion; these stay in the standard library.
enum ByteSearch {
    /// Start offset (in UTF-8 bytes) of the first (or last) occurrence of `needle` in `hay`.
    static func find(_ needle: String, in hay: String, last: Bool = false) -> Int? {
        var h = hay, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb -> Int? in
                guard nb.count <= hb.count, let f = nb.first else { return nb.isEmpty ? 0 : nil }
                if !last {
                    // memchr to each candidate first byte, memcmp for the rest (glibc's memmem is not exported).
                    guard let h = hb.baseAddress, let nbase = nb.baseAddress else { return nil }
                    var i = 0
                    let lastStart = hb.count - nb.count
                    while i <= lastStart {
                        guard let p = memchr(h + i, Int32(f), lastStart - i + 1) else { return nil }
                        i = UnsafeRawPointer(p) - UnsafeRawPointer(h)
                        if nb.count == 1 || memcmp(h + i + 1, nbase + 1, nb.count - 1) == 0 { return i }
                        i += 1
                    }
                    return nil
                }
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

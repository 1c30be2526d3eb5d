/// Makes Strings from Unicode scalars by writing their UTF-8 straight into the new string's storage.
/// Appending scalar by scalar to a `String.UnicodeScalarView` goes through generic code and cost several times
/// more: it was the slowest step of ingesting large documents, and every mention, fact and summary of an
/// analysis takes a string too.
enum ScalarString {
    static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        // The exact UTF-8 length first: a string keeps the capacity it was made with, and four bytes a scalar
        // for every mention, fact and summary was a tenth of the analysis's peak memory.
        var bytes = 0
        for c in scalars {
            let v = c.value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        guard bytes > 0 else { return "" }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var i = 0
            for c in scalars {
                let v = c.value
                if v < 0x80 {
                    out[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else if v < 0x800 {
                    out[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 2
                } else if v < 0x1_0000 {
                    out[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 3
                } else {
                    out[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }

    /// The scalars `start..<end` of an array.
    static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        end > start ? make(scalars[start..<end]) : ""
    }

    /// The text of a range of an article, clamped to the text.
    static func slice(_ text: ArticleText, _ r: TextRange) -> String { text[r] }
}

/// Builds strings from Unicode scalars by encoding UTF-8 directly: `String.UnicodeScalarView.append` goes
/// scalar by scalar through generic code and was the slowest step of ingesting large documents.
enum ScalarString {
    static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for c in scalars {
            let v = c.value
            if v < 0x80 {
                bytes.append(UInt8(v))
            } else if v < 0x800 {
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of a range of an article, built quickly.
    static func slice(_ text: ArticleText, _ r: TextRange) -> String {
        let s = max(0, min(r.start, text.count)), e = max(s, min(r.end, text.count))
        return make(text.scalars[s..<e])
    }
}

/// A read-only list of strings laid out to be used where it lies: UInt64 count, count + 1 UInt32 byte offsets
/// (padded to 8 bytes), then the UTF-8 bytes. A string is decoded only when asked for.
struct CompiledStrings: @unchecked Sendable {
    private let offsets: UnsafePointer<UInt32>
    private let text: UnsafeRawBufferPointer
    let count: Int

    init?(_ section: UnsafeRawBufferPointer) {
        guard section.count >= 8, let base = section.baseAddress, Int(bitPattern: base) % 8 == 0 else { return nil }
        let n = section.load(fromByteOffset: 0, as: UInt64.self).littleEndian
        guard n < 1 << 31 else { return nil }
        let head = 8 + (Int(n + 1) * 4 + 7) / 8 * 8
        guard section.count >= head else { return nil }
        offsets = (base + 8).assumingMemoryBound(to: UInt32.self)
        text = UnsafeRawBufferPointer(rebasing: section[head...])
        count = Int(n)
    }

    /// The string at `i` (empty when out of range or damaged).
    subscript(_ i: Int) -> String {
        guard i >= 0 && i < count else { return "" }
        let a = Int(offsets[i]), b = min(Int(offsets[i + 1]), text.count)
        guard a <= b else { return "" }
        return String(decoding: UnsafeRawBufferPointer(rebasing: text[a..<b]), as: UTF8.self)
    }

    static func encode(_ strings: [String]) -> [UInt8] {
        var w = ResourceWriter()
        w.u64(UInt64(strings.count))
        var offset: UInt32 = 0
        w.u32(0)
        for s in strings {
            offset += UInt32(s.utf8.count)
            w.u32(offset)
        }
        w.pad()
        for s in strings { w.append(Array(s.utf8)) }
        w.pad()
        return w.bytes
    }
}

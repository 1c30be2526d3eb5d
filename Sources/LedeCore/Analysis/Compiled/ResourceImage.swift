/// A compiled resource file: named sections of tables, read in place (see `CompiledResources`).
///
/// Layout (little-endian): "LEDERES1", UInt32 section count, UInt32 format version, then per section a
/// four-letter tag (UInt32), 4 bytes of padding, UInt64 offset and UInt64 length; each section starts
/// 16-byte aligned. Every table checks its own lengths against its section, so a damaged file gives nil
/// (and the sources are compiled instead), never a read out of bounds.
struct ResourceImage: @unchecked Sendable {
    static let magic: [UInt8] = Array("LEDERES1".utf8)
    static let version: UInt32 = 1

    let bytes: ResourceBytes
    private let sections: [UInt32: UnsafeRawBufferPointer]

    init?(_ bytes: ResourceBytes) {
        let b = bytes.buffer
        guard b.count >= 16, Array(b[0..<8]) == Self.magic,
              b.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian == Self.version else { return nil }
        let n = Int(b.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        guard n <= 64, b.count >= 16 + n * 24 else { return nil }
        var sections: [UInt32: UnsafeRawBufferPointer] = [:]
        for k in 0..<n {
            let o = 16 + k * 24
            let tag = b.loadUnaligned(fromByteOffset: o, as: UInt32.self).littleEndian
            let start = b.loadUnaligned(fromByteOffset: o + 8, as: UInt64.self).littleEndian
            let length = b.loadUnaligned(fromByteOffset: o + 16, as: UInt64.self).littleEndian
            guard start % 16 == 0, start <= UInt64(b.count), length <= UInt64(b.count) - start else { return nil }
            sections[tag] = UnsafeRawBufferPointer(rebasing: b[Int(start)..<Int(start + length)])
        }
        self.bytes = bytes
        self.sections = sections
    }

    func section(_ tag: String) -> UnsafeRawBufferPointer? { sections[Self.tag(tag)] }

    static func tag(_ s: String) -> UInt32 {
        var v: UInt32 = 0
        for (k, c) in s.utf8.prefix(4).enumerated() { v |= UInt32(c) << (8 * UInt32(k)) }
        return v
    }

    /// The file for `sections`, in the order given.
    static func write(_ sections: [(tag: String, bytes: [UInt8])]) -> [UInt8] {
        var w = ResourceWriter()
        w.append(magic)
        w.u32(UInt32(sections.count))
        w.u32(version)
        var offset = 16 + sections.count * 24
        var starts: [Int] = []
        for s in sections {
            offset = (offset + 15) / 16 * 16
            starts.append(offset)
            offset += s.bytes.count
        }
        for (s, start) in zip(sections, starts) {
            w.u32(tag(s.tag))
            w.u32(0)
            w.u64(UInt64(start))
            w.u64(UInt64(s.bytes.count))
        }
        for (s, start) in zip(sections, starts) {
            w.append([UInt8](repeating: 0, count: start - w.bytes.count))
            w.append(s.bytes)
        }
        return w.bytes
    }
}

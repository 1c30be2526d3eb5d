/// A read-only map from 64-bit keys to fixed-size values, laid out to be used where it lies (a mapped file):
/// nothing is built when it loads.
///
/// Keys are stored multiplied by an odd constant (a bijection that spreads their bits), sorted; a directory
/// indexed by the top `bits` bits of that product gives the range of keys in each bucket, about one key per
/// bucket, so a look-up reads the directory and then a key or two. Values follow in key order.
///
/// Layout (little-endian, 8-byte aligned): UInt64 count, UInt64 bits, UInt64 value size, UInt64 0, then
/// 2^bits + 1 UInt32 bucket starts (padded to 8 bytes), the keys (UInt64 each), the values.
///
/// The table holds raw pointers into its bytes: it is valid while the `ResourceBytes` behind it lives.
struct CompiledKeyTable: @unchecked Sendable {
    private let directory: UnsafePointer<UInt32>
    private let keys: UnsafePointer<UInt64>
    private let values: UnsafeRawPointer
    private let shift: UInt64
    let count: Int
    let valueSize: Int

    static let spread: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Reads a table from a section; nil when the lengths do not add up.
    init?(_ section: UnsafeRawBufferPointer) {
        guard section.count >= 32, let base = section.baseAddress, Int(bitPattern: base) % 8 == 0 else { return nil }
        let n = section.load(fromByteOffset: 0, as: UInt64.self).littleEndian
        let bits = section.load(fromByteOffset: 8, as: UInt64.self).littleEndian
        let size = section.load(fromByteOffset: 16, as: UInt64.self).littleEndian
        guard bits <= 30, n < 1 << 31, size <= 1 << 16 else { return nil }
        let dirBytes = Self.padded((1 << Int(bits) + 1) * 4)
        guard section.count == 32 + dirBytes + Int(n) * 8 + Self.padded(Int(n) * Int(size)) else { return nil }
        directory = (base + 32).assumingMemoryBound(to: UInt32.self)
        keys = (base + 32 + dirBytes).assumingMemoryBound(to: UInt64.self)
        values = base + 32 + dirBytes + Int(n) * 8
        shift = 64 - bits
        count = Int(n)
        valueSize = Int(size)
    }

    /// The position of `key` among the table's entries, or nil.
    @inline(__always)
    func index(_ key: UInt64) -> Int? {
        let m = key &* Self.spread
        let b = Int(truncatingIfNeeded: m >> shift)
        var i = Int(directory[b])
        let end = min(Int(directory[b + 1]), count)
        while i < end {
            let k = keys[i]
            if k == m { return i }
            if k > m { return nil }
            i += 1
        }
        return nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { index(key) != nil }

    /// The value at an entry, read as `T` (which must fit in the value size).
    @inline(__always)
    func value<T>(_ i: Int, as: T.Type) -> T { values.loadUnaligned(fromByteOffset: i * valueSize, as: T.self) }

    @inline(__always)
    func byte(_ i: Int) -> UInt8 { values.load(fromByteOffset: i * valueSize, as: UInt8.self) }

    private static func padded(_ n: Int) -> Int { (n + 7) / 8 * 8 }

    /// The section bytes for `entries` (keys unique; each value exactly `valueSize` bytes). The order of the
    /// entries given does not matter: the output is the same for the same set.
    static func encode(_ entries: [(key: UInt64, value: [UInt8])], valueSize: Int) -> [UInt8] {
        let sorted = entries.map { (m: $0.key &* spread, value: $0.value) }.sorted { $0.m < $1.m }
        var bits = 0
        while (1 << bits) < sorted.count { bits += 1 }
        var w = ResourceWriter()
        w.u64(UInt64(sorted.count))
        w.u64(UInt64(bits))
        w.u64(UInt64(valueSize))
        w.u64(0)
        var k = 0
        for b in 0...(1 << bits) {
            while k < sorted.count && Int(truncatingIfNeeded: sorted[k].m >> (64 - UInt64(bits))) < b { k += 1 }
            w.u32(UInt32(k))
        }
        w.pad()
        for e in sorted { w.u64(e.m) }
        for e in sorted {
            precondition(e.value.count == valueSize, "compiled table: value of the wrong size")
            w.append(e.value)
        }
        w.pad()
        return w.bytes
    }
}

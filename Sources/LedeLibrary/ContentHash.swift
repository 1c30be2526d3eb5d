/// A fingerprint of a file's bytes, to tell whether an article changed since it was analysed.
///
/// 64-bit FNV-1a plus the byte count, as 24 hex digits. Foundation has no SHA-256 on Linux (CryptoKit is
/// Apple-only) and the hash is not a security boundary: a collision would only show a stale analysis of a
/// file the user chose. With n files the chance of any accidental collision is about n²/2⁶⁵ (≈3·10⁻⁸ for
/// a million articles), and the length component rules out collisions between files of different sizes.
public enum ContentHash {
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var count: UInt64 = 0
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
            count &+= 1
        }
        return hex(h, 16) + hex(count & 0xFFFF_FFFF, 8)
    }

    private static func hex(_ v: UInt64, _ digits: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}

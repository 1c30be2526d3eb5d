import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// glibc's iconv, to UTF-8, for every charset it knows. Each call opens its own converter, so threads never
/// share one. A byte sequence the charset does not define becomes one U+FFFD and conversion goes on after it.
enum Iconv {
    /// The bytes converted from `charset` to a string, or nil when iconv does not know the charset.
    static func decode<D: Collection>(_ bytes: D, from charset: String) -> String? where D.Element == UInt8 {
        let cd = iconv_open("UTF-8", charset)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        input.withUnsafeMutableBufferPointer { inBuf in
            chunk.withUnsafeMutableBufferPointer { outBuf in
                guard let base = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return }
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                func drain(_ flush: Bool) -> Int32 {
                    var outPtr: UnsafeMutablePointer<CChar>? =
                        UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let r = flush ? iconv(cd, nil, nil, &outPtr, &outLeft) : iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let e = errno
                    out.append(contentsOf: UnsafeBufferPointer(start: outBase, count: outBuf.count - outLeft))
                    return r == -1 ? e : 0
                }
                while inLeft > 0 {
                    switch drain(false) {
                    case 0, E2BIG: continue
                    case EILSEQ:
                        // An undefined sequence: one replacement, then go on from the next byte.
                        out += [0xEF, 0xBF, 0xBD]
                        inPtr = inPtr.map { $0 + 1 }
                        inLeft -= 1
                        _ = iconv(cd, nil, nil, nil, nil)
                    default:
                        // EINVAL: the input ends inside a multi-byte sequence.
                        out += [0xEF, 0xBF, 0xBD]
                        inLeft = 0
                    }
                }
                while drain(true) == E2BIG {}
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

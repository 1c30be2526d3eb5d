/// An open-addressing table from word keys to small codes, for the one look-up every word token gets:
/// the keys are already well-mixed hashes, so no `Hasher` pass is needed. Code 0 means absent.
struct KeyTable: Sendable {
    private let keys: [UInt64]
    private let codes: [UInt8]
    private let mask: Int

    init(_ entries: [(UInt64, UInt8)]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var codes = [UInt8](repeating: 0, count: size)
        let mask = size - 1
        for (k, c) in entries where k != 0 {
            var i = Self.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            codes[i] = c
        }
        self.keys = keys
        self.codes = codes
        self.mask = mask
    }

    @inline(__always)
    private static func slot(_ k: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: k ^ (k >> 31)) & mask }

    @inline(__always)
    func code(_ k: UInt64) -> UInt8 {
        if k == 0 { return 0 }
        var i = Self.slot(k, mask)
        while true {
            let s = keys[i]
            if s == k { return codes[i] }
            if s == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}

/// A fixed open-addressing table from feature key to one weight per class: a typed look-up that costs a
/// multiply and a probe or two, cheaper than a Swift Dictionary in the per-candidate path.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var weights: [SIMD4<Float>]
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        weights = [SIMD4<Float>](repeating: .zero, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// Adds `w` to the weights of `key` (two names may hash alike; their weights then add up).
    mutating func add(_ key: UInt64, _ w: SIMD4<Float>) {
        let k = key == 0 ? 1 : key
        var i = slot(k)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { keys[i] = k; count += 1 }
        weights[i] += w
    }

    /// Every stored key (0 is stored as 1) with its summed weights.
    var entries: [(key: UInt64, weights: SIMD4<Float>)] {
        zip(keys, weights).filter { $0.0 != 0 }.map { (key: $0.0, weights: $0.1) }
    }

    @inline(__always)
    func weights(_ key: UInt64) -> SIMD4<Float>? {
        let k = key == 0 ? 1 : key
        var i = slot(k)
        while true {
            let found = keys[i]
            if found == k { return weights[i] }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

import Foundation

/// A linear-chain model over BILOU tags (`NameTag`) that finds and types names: per-token feature weights
/// (`TaggerFeatures`) and tag-to-tag transition weights, decoded by Viterbi. Trained as an averaged structured
/// perceptron (`NameTaggerTrainer`); the weights ship as one flat binary file, Resources/Models/name-tagger.bin,
/// so loading is a copy of two arrays (a build-time compiler can map it as it is).
///
/// File layout (little-endian): "LEDETAG1", UInt32 feature count, UInt32 tag count (13), UInt64 rules
/// fingerprint (`TaggerFingerprint`: what the rules found on the training documents when it was trained),
/// Float32 vote weight, UInt32 mode (0: the tagger's spans replace the rules', 1: both kept), 13 × 13 Float32
/// transitions (row: from, column: to), then the keys (UInt64 each, sorted) and 13 Float32 weights per key.
public final class NameTagger: Sendable {
    let keys: [UInt64]
    let weights: [Float]
    let transitions: [Float]
    private let slots: [Int32]
    private let mask: Int
    public let rulesFingerprint: UInt64
    /// Weight of the tagger's vote for a span's type, added to the rules' votes.
    public let voteWeight: Float
    /// 0: tagger spans replace rule candidates; 1: rule candidates the tagger leaves out stay too.
    public let mode: UInt32

    public var featureCount: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public static let empty = NameTagger(keys: [], weights: [], transitions: [Float](repeating: 0, count: 169),
                                         fingerprint: 0, voteWeight: 0, mode: 0)

    /// Loaded on first use from the package's resources; a missing or unreadable file gives an empty model
    /// (rules alone).
    public static let shared: NameTagger = {
        guard let url = Bundle.module.url(forResource: "Models", withExtension: nil)?
            .appendingPathComponent("name-tagger.bin"), let data = try? Data(contentsOf: url),
            let m = NameTagger(data: data) else { return .empty }
        return m
    }()

    init(keys: [UInt64], weights: [Float], transitions: [Float], fingerprint: UInt64, voteWeight: Float, mode: UInt32) {
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        self.rulesFingerprint = fingerprint
        self.voteWeight = voteWeight
        self.mode = mode
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (i, k) in keys.enumerated() {
            var s = Self.slot(k, mask)
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(i)
        }
        self.slots = slots
    }

    public convenience init?(data: Data) {
        guard data.count >= 32, data.prefix(8) == Data("LEDETAG1".utf8) else { return nil }
        func u32(_ o: Int) -> UInt32 { data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: o, as: UInt32.self) } }
        func u64(_ o: Int) -> UInt64 { data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: o, as: UInt64.self) } }
        let n = Int(u32(8)), tags = Int(u32(12))
        guard tags == NameTag.count else { return nil }
        let fingerprint = u64(16)
        let vote = Float(bitPattern: u32(24)), mode = u32(28)
        let tOff = 32, kOff = tOff + 169 * 4, wOff = kOff + n * 8
        guard data.count == wOff + n * 13 * 4 else { return nil }
        let transitions = data.withUnsafeBytes { raw in
            (0..<169).map { Float(bitPattern: raw.loadUnaligned(fromByteOffset: tOff + 4 * $0, as: UInt32.self)) }
        }
        var keys = [UInt64](repeating: 0, count: n)
        var weights = [Float](repeating: 0, count: n * 13)
        data.withUnsafeBytes { raw in
            keys.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[kOff..<wOff])) }
            weights.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[wOff...])) }
        }
        self.init(keys: keys, weights: weights, transitions: transitions, fingerprint: fingerprint,
                  voteWeight: vote, mode: mode)
    }

    public convenience init(contentsOfFile path: String) throws {
        guard let m = NameTagger(data: try Data(contentsOf: URL(fileURLWithPath: path))) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.init(keys: m.keys, weights: m.weights, transitions: m.transitions, fingerprint: m.rulesFingerprint,
                  voteWeight: m.voteWeight, mode: m.mode)
    }

    /// The file bytes for a model.
    static func fileData(keys: [UInt64], weights: [Float], transitions: [Float], fingerprint: UInt64,
                         voteWeight: Float, mode: UInt32) -> Data {
        var d = Data("LEDETAG1".utf8)
        func put<T>(_ v: T) { withUnsafeBytes(of: v) { d.append(contentsOf: $0) } }
        put(UInt32(keys.count).littleEndian)
        put(UInt32(NameTag.count).littleEndian)
        put(fingerprint.littleEndian)
        put(voteWeight.bitPattern.littleEndian)
        put(mode.littleEndian)
        for t in transitions { put(t.bitPattern.littleEndian) }
        for k in keys { put(k.littleEndian) }
        for w in weights { put(w.bitPattern.littleEndian) }
        return d
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Row of `key` in `weights` (13 floats), or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        guard !keys.isEmpty else { return -1 }
        var s = Self.slot(key, mask)
        while true {
            let i = slots[s]
            if i < 0 { return -1 }
            if keys[Int(i)] == key { return Int(i) }
            s = (s + 1) & mask
        }
    }

    /// The best tag sequence under the constraints in `f.allowed`.
    func tag(_ f: TaggerFeatures) -> [Int] {
        var tags = [Int](repeating: NameTag.outside, count: f.allowed.count)
        var emission = [Float](repeating: 0, count: 0)
        Viterbi.decode(f, into: &tags, emission: &emission, transitions: transitions) { k, out in
            var lo = Int(f.offsets[k])
            let hi = Int(f.offsets[k + 1])
            while lo < hi {
                let r = self.row(f.keys[lo])
                if r >= 0 {
                    let base = r * 13
                    for c in 0..<13 { out[c] += self.weights[base + c] }
                }
                lo += 1
            }
        }
        return tags
    }
}

/// Viterbi over the stretches of tokens that may be part of a name; a token that can only be outside splits
/// the text, so each stretch is decoded alone, starting and ending next to an O.
enum Viterbi {
    static func decode(_ f: TaggerFeatures, into tags: inout [Int], emission: inout [Float], transitions: [Float],
                       score: (Int, UnsafeMutablePointer<Float>) -> Void) {
        let n = f.allowed.count
        var k = 0
        var delta = [Float](), back = [UInt8]()
        while k < n {
            guard f.allowed[k] != TaggerFeatures.outsideOnly else { k += 1; continue }
            var e = k
            while e < n && f.allowed[e] != TaggerFeatures.outsideOnly { e += 1 }
            let len = e - k
            if emission.count < len * 13 { emission = [Float](repeating: 0, count: len * 13) }
            emission.withUnsafeMutableBufferPointer { buf in
                let p = buf.baseAddress!
                for i in 0..<(len * 13) { p[i] = 0 }
                for i in 0..<len { score(k + i, p + i * 13) }
            }
            segment(k, len, f.allowed, emission, transitions, &delta, &back, &tags)
            k = e
        }
    }

    /// `follows[p * 13 + c]`: may tag c follow tag p?
    static let follows: [Bool] = (0..<169).map { NameTag.allowed($0 / 13, $0 % 13) }

    private static let negative: Float = -1e30

    static func segment(_ start: Int, _ len: Int, _ allowed: [UInt16], _ emission: [Float], _ trans: [Float],
                        _ delta: inout [Float], _ back: inout [UInt8], _ tags: inout [Int]) {
        if delta.count < len * 13 { delta = [Float](repeating: 0, count: len * 13); back = [UInt8](repeating: 0, count: len * 13) }
        let o = NameTag.outside
        for c in 0..<13 {
            let ok = allowed[start] & (1 << UInt16(c)) != 0 && NameTag.allowed(o, c)
            delta[c] = ok ? trans[o * 13 + c] + emission[c] : negative
        }
        if len > 1 {
            for i in 1..<len {
                let mask = allowed[start + i]
                for c in 0..<13 {
                    guard mask & (1 << UInt16(c)) != 0 else { delta[i * 13 + c] = negative; continue }
                    var best = negative, arg = 0
                    for p in 0..<13 where follows[p * 13 + c] {
                        let s = delta[(i - 1) * 13 + p] + trans[p * 13 + c]
                        if s > best { best = s; arg = p }
                    }
                    delta[i * 13 + c] = best + emission[i * 13 + c]
                    back[i * 13 + c] = UInt8(arg)
                }
            }
        }
        var best = negative, arg = 0
        for c in 0..<13 where NameTag.canEnd(c) {
            let s = delta[(len - 1) * 13 + c] + trans[c * 13 + o]
            if s > best { best = s; arg = c }
        }
        var c = arg
        var i = len - 1
        while true {
            tags[start + i] = c
            if i == 0 { break }
            c = Int(back[i * 13 + c])
            i -= 1
        }
    }
}

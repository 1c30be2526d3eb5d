import Foundation

/// Learns the name tagger: an averaged structured perceptron (Collins 2002). Each pass visits the sequences in
/// a fixed pseudo-random order, decodes each with the current weights under the same constraints as at run
/// time, and where the guess differs from the gold tags moves the features and transitions of the gold path up
/// and those of the guess down. The average of the weights over every step is kept. Deterministic: the same
/// sequences, epochs and seed give the same model, byte for byte.
public struct NameTaggerTrainer {
    public var epochs: Int
    public var seed: UInt64

    public init(epochs: Int = 8, seed: UInt64 = 1) {
        self.epochs = epochs
        self.seed = seed
    }

    /// The trained model as file bytes (`NameTagger` layout).
    public func train(_ set: TaggerTrainingSet, voteWeight: Float, mode: UInt32, minWeight: Float = 0.01) -> Data {
        var index: [UInt64: Int] = [:]
        var order: [UInt64] = []
        for s in set.sequences {
            for k in s.features.keys where index[k] == nil { index[k] = order.count; order.append(k) }
        }
        let nf = order.count
        var w = [Float](repeating: 0, count: nf * 13), u = w
        var tr = [Float](repeating: 0, count: 169), tu = tr
        var step: Float = 1
        var seqOrder = Array(set.sequences.indices)
        var rng = seed | 1
        var emission: [Float] = []
        let o = NameTag.outside
        for _ in 0..<epochs {
            for i in stride(from: seqOrder.count - 1, to: 0, by: -1) {
                rng = rng &* 6364136223846793005 &+ 1442695040888963407
                seqOrder.swapAt(i, Int((rng >> 33) % UInt64(i + 1)))
            }
            for si in seqOrder {
                let s = set.sequences[si]
                let f = s.features
                var pred = [Int](repeating: o, count: f.allowed.count)
                Viterbi.decode(f, into: &pred, emission: &emission, transitions: tr) { k, out in
                    for j in Int(f.offsets[k])..<Int(f.offsets[k + 1]) {
                        let base = index[f.keys[j]]! * 13
                        for c in 0..<13 { out[c] += w[base + c] }
                    }
                }
                if pred != s.gold {
                    for k in 0..<pred.count where pred[k] != s.gold[k] {
                        for j in Int(f.offsets[k])..<Int(f.offsets[k + 1]) {
                            let base = index[f.keys[j]]! * 13
                            w[base + s.gold[k]] += 1; u[base + s.gold[k]] += step
                            w[base + pred[k]] -= 1; u[base + pred[k]] -= step
                        }
                    }
                    for k in 0...pred.count {
                        let g0 = k > 0 ? s.gold[k - 1] : o, p0 = k > 0 ? pred[k - 1] : o
                        let g1 = k < pred.count ? s.gold[k] : o, p1 = k < pred.count ? pred[k] : o
                        guard g0 != p0 || g1 != p1 else { continue }
                        tr[g0 * 13 + g1] += 1; tu[g0 * 13 + g1] += step
                        tr[p0 * 13 + p1] -= 1; tu[p0 * 13 + p1] -= step
                    }
                }
                step += 1
            }
        }
        // Averaged weights; features whose weights all stay small are left out of the file.
        var kept: [(UInt64, Int)] = []
        for (k, i) in index {
            var big = false
            for c in 0..<13 where abs(w[i * 13 + c] - u[i * 13 + c] / step) >= minWeight { big = true; break }
            if big { kept.append((k, i)) }
        }
        kept.sort { $0.0 < $1.0 }
        var weights: [Float] = []
        weights.reserveCapacity(kept.count * 13)
        for (_, i) in kept { for c in 0..<13 { weights.append(w[i * 13 + c] - u[i * 13 + c] / step) } }
        let transitions = (0..<169).map { tr[$0] - tu[$0] / step }
        return NameTagger.fileData(keys: kept.map(\.0), weights: weights, transitions: transitions,
                                   fingerprint: set.fingerprint.value, voteWeight: voteWeight, mode: mode)
    }
}

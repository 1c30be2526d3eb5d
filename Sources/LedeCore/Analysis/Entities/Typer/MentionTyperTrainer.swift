/// Learns the mention typer's weights: a multiclass averaged perceptron (Collins 2002). Each pass visits the
/// examples in a fixed pseudo-random order; a wrong guess moves the weights of the example's features towards
/// the right class and away from the guess. The weights averaged over every step are kept, which generalises
/// far better than the last ones. Deterministic: the same examples, epochs and seed give the same model.
public struct MentionTyperTrainer {
    /// One candidate: its feature keys and the class it should get.
    public struct Example: Sendable {
        public var keys: [UInt64]
        public var label: MentionClass

        public init(keys: [UInt64], label: MentionClass) {
            self.keys = keys
            self.label = label
        }
    }

    public var epochs: Int
    public var seed: UInt64

    public init(epochs: Int = 10, seed: UInt64 = 1) {
        self.epochs = epochs
        self.seed = seed
    }

    /// Averaged weights per feature key.
    public func train(_ examples: [Example]) -> [UInt64: SIMD4<Float>] {
        var index: [UInt64: Int] = [:]
        let rows: [[Int]] = examples.map { ex in
            ex.keys.map { k in
                if let i = index[k] { return i }
                index[k] = index.count
                return index.count - 1
            }
        }
        var w = [SIMD4<Float>](repeating: .zero, count: index.count)
        // Sum of (step × update): the average is w - u / steps.
        var u = [SIMD4<Float>](repeating: .zero, count: index.count)
        var step: Float = 1
        var order = Array(examples.indices)
        var rng = seed | 1
        for _ in 0..<epochs {
            // Fisher–Yates with a 64-bit LCG: the same order on every machine.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                rng = rng &* 6364136223846793005 &+ 1442695040888963407
                order.swapAt(i, Int((rng >> 33) % UInt64(i + 1)))
            }
            for e in order {
                var s = SIMD4<Float>.zero
                for i in rows[e] { s += w[i] }
                var guess = 0
                for c in 1..<4 where s[c] > s[guess] { guess = c }
                let gold = examples[e].label.rawValue
                if guess != gold {
                    var d = SIMD4<Float>.zero
                    d[gold] = 1
                    d[guess] = -1
                    for i in rows[e] {
                        w[i] += d
                        u[i] += d * step
                    }
                }
                step += 1
            }
        }
        var out: [UInt64: SIMD4<Float>] = [:]
        out.reserveCapacity(index.count)
        for (k, i) in index { out[k] = w[i] - u[i] / step }
        return out
    }

    /// The model file: settings, then one line per feature whose largest weight reaches `minWeight`, sorted by
    /// name. `names` gives each key its `template=value` name; keys without a name are left out.
    public static func modelText(_ weights: [UInt64: SIMD4<Float>], names: [UInt64: String], header: [String],
                                 hardVote: Float, dropMargin: Float, keepMargin: Float = 0,
                                 multiWordKeepMargin: Float? = nil, minWeight: Float = 0.05) -> String {
        var lines: [String] = []
        for (k, w) in weights {
            guard let name = names[k], max(abs(w[0]), abs(w[1]), abs(w[2]), abs(w[3])) >= minWeight else { continue }
            let cells = (0..<4).map { c -> String in
                let v = (w[c] * 100).rounded() / 100
                return v == 0 ? "0" : String(v)
            }
            lines.append(name + "\t" + cells.joined(separator: "\t"))
        }
        lines.sort()
        var out = header.map { "# " + $0 }.joined(separator: "\n") + "\n"
        out += "@hard\t\(hardVote)\n@drop\t\(dropMargin.isFinite ? String(dropMargin) : "inf")\n@keep\t\(keepMargin)\n"
        out += "@multi\t\(multiWordKeepMargin.map { $0.isFinite ? String($0) : "inf" } ?? String(keepMargin))\n"
        out += "# feature\tperson\torganization\tplace\tnone\n"
        out += lines.joined(separator: "\n") + "\n"
        return out
    }
}

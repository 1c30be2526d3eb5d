/// The deterministic mutation loop's changes to an input, used when the toolchain has no libFuzzer.
///
/// Without coverage feedback it leans on what is known to break text parsers: dictionary words (markup,
/// feed elements, month names, number forms), digit runs of every length, and splices of two inputs.
struct Mutator {
    var rng: SplitMix
    let dictionary: [[UInt8]]
    let maxLength: Int

    /// Numbers at and past the edges of machine integers, and the separators and signs around them.
    static let edgeNumbers: [String] = [
        "0", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "4294967296", "2147483648", "1e400", "1e-400", "1E308", "-0", "00000000000000000000",
        "1,000,000,000,000,000,000,000", "1.7976931348623157e309", "0x7fffffffffffffff", "99999999999999999999.5",
        "&#99999999999999999999;", "&#x110000;", "&#xFFFFFFFFFFFFFFFF;",
    ]

    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var b = input
        let steps = 1 + rng.below(4)
        for _ in 0..<steps { step(&b, other: other) }
        if b.count > maxLength { b.removeLast(b.count - maxLength) }
        return b
    }

    private mutating func step(_ b: inout [UInt8], other: [UInt8]) {
        let at = rng.below(b.count + 1)
        switch rng.below(12) {
        case 0 where !b.isEmpty:  // flip a bit
            let i = rng.below(b.count)
            b[i] ^= UInt8(1 << rng.below(8))
        case 1 where !b.isEmpty:  // a random byte
            b[rng.below(b.count)] = UInt8(truncatingIfNeeded: rng.next())
        case 2:  // insert random bytes
            let n = 1 + rng.below(8)
            b.insert(contentsOf: (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: at)
        case 3 where !b.isEmpty:  // delete a range
            let s = rng.below(b.count)
            b.removeSubrange(s..<min(b.count, s + 1 + rng.below(64)))
        case 4 where !b.isEmpty:  // duplicate a range, sometimes many times (deep nesting, long lines)
            let s = rng.below(b.count)
            let n = min(b.count - s, 1 + rng.below(32))
            let piece = Array(b[s..<s + n])
            let times = rng.chance(10) ? 1 + rng.below(500) : 1
            for _ in 0..<times { b.insert(contentsOf: piece, at: at) }
        case 5...6 where !dictionary.isEmpty:  // a dictionary word
            b.insert(contentsOf: dictionary[rng.below(dictionary.count)], at: at)
        case 7:  // a digit run of 1 to 400 digits, maybe signed or grouped
            b.insert(contentsOf: digitRun(), at: at)
        case 8:  // an edge number
            b.insert(contentsOf: Array(Self.edgeNumbers[rng.below(Self.edgeNumbers.count)].utf8), at: at)
        case 9 where !other.isEmpty:  // splice in a piece of another input
            let s = rng.below(other.count)
            let n = min(other.count - s, 1 + rng.below(512))
            b.insert(contentsOf: other[s..<s + n], at: at)
        case 10 where !b.isEmpty:  // another format byte
            b[0] = UInt8(truncatingIfNeeded: rng.next())
        case 11 where !b.isEmpty:  // replace a digit with a long run of digits
            for k in 0..<min(b.count, 64) {
                let i = (at + k) % b.count
                if b[i] >= 48 && b[i] <= 57 { b.replaceSubrange(i...i, with: digitRun()); break }
            }
        default:
            b.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
        }
    }

    private mutating func digitRun() -> [UInt8] {
        let n = rng.chance(50) ? 1 + rng.below(24) : 1 + rng.below(400)
        var out: [UInt8] = []
        if rng.chance(20) { out.append(rng.chance(50) ? UInt8(ascii: "-") : UInt8(ascii: "+")) }
        let grouped = rng.chance(20)
        for k in 0..<n {
            if grouped, k > 0, (n - k) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(48 + UInt8(rng.below(10)))
        }
        if rng.chance(10) { out += Array("e\(rng.below(1000))".utf8) }
        return out
    }
}

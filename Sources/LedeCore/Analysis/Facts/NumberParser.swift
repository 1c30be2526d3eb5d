/// Reads the value of a number written in digits ("1,200", "2.5 million") or words ("six", "twenty-five",
/// "two hundred and fifty", "a third", "hundreds of thousands").
enum NumberParser {
    /// A number read from the tokens.
    struct Reading: Equatable {
        var value: Double
        /// Index of the first token after the number.
        var end: Int
        /// Set for vague plural counts ("hundreds of thousands"): the value is a lower bound.
        var atLeast: Bool = false
        var isFraction: Bool = false
    }

    /// The value of a run of digits with thousands separators and a decimal point: "1,200" -> 1200, "2.5" -> 2.5.
    /// Nil for times ("15:30"), ordinals and decades ("7th", "1990s") and malformed groupings, and for whole
    /// parts past 2^53, which a Double cannot hold exactly ("reference number 12345678901234567890" is no figure).
    static func digits(_ s: [Unicode.Scalar], _ r: TextRange) -> Double? {
        var intPart = 0.0, frac = 0.0, scale = 1.0
        var seenDot = false, sawComma = false, group = 0
        for i in r.start..<r.end {
            let c = s[i]
            if ScalarClass.isDigit(c) {
                let d = Double(c.value - 0x30)
                if seenDot { scale /= 10; frac += d * scale } else { intPart = intPart * 10 + d; group += 1 }
            } else if c == "," && !seenDot {
                // "1,200": groups after a separator have exactly three digits, the first one to three.
                if (sawComma && group != 3) || (!sawComma && group > 3) { return nil }
                sawComma = true
                group = 0
            } else if c == "." && !seenDot {
                if sawComma && group != 3 { return nil }
                seenDot = true
            } else {
                return nil
            }
        }
        if sawComma && !seenDot && group != 3 { return nil }
        if intPart > Self.largestExact { return nil }
        return intPart + frac
    }

    /// 2^53: every whole number up to it is exact as a Double.
    static let largestExact = 9_007_199_254_740_992.0

    /// Number of digits before any decimal point, and whether the text has separators or a decimal part.
    static func shape(_ s: [Unicode.Scalar], _ r: TextRange) -> (digits: Int, plain: Bool) {
        var n = 0, plain = true
        for i in r.start..<r.end {
            if ScalarClass.isDigit(s[i]) { n += 1 } else { plain = false; if s[i] == "." { break } }
        }
        return (n, plain)
    }

    /// A scale word after digits: "2.5 million", "$40bn" (abbreviations only when touching or after a currency).
    static func scale(after t: FactTokens, _ i: Int, currency: Bool) -> (Double, Int)? {
        guard t.isWord(i) else { return nil }
        if case .scale(let v)? = NumberWord.table[t.keys[i]], v >= 1000 { return (v, i + 1) }
        if let v = NumberWord.abbreviatedScales[t.keys[i]], currency || t.touching(i - 1, i) {
            // "5 m" alone is a length; "5m" or "$5m" is money.
            if currency || v != 1e6 { return (v, i + 1) }
        }
        return nil
    }

    /// A number in words starting at token `i`, or nil.
    static func words(_ t: FactTokens, at i: Int) -> Reading? {
        guard t.isWord(i), let first = NumberWord.table[t.keys[i]] else { return hyphenated(t, at: i) }
        var k = i
        switch first {
        case .pluralScale(let v):
            // "hundreds of thousands (of)", "dozens of", "thousands of": a lower bound.
            guard t.key(k + 1) == Keys.of else { return nil }
            var value = v
            k += 1
            if case .pluralScale(let w)? = NumberWord.table[t.key(k + 1)], t.key(k + 2) == Keys.of || w >= 1000 {
                value *= w
                k += 2
            } else if v == 10 {
                return nil      // "tens of" alone is not a count
            }
            return Reading(value: value, end: k, atLeast: true)
        case .fraction(let f):
            // "half of", "half the": fractions without an article only for "half".
            guard f == 0.5, t.keys[i] == Keys.half, t.key(i + 1) == Keys.of || t.key(i + 1) == Keys.the else { return nil }
            return Reading(value: 0.5, end: i + 1, isFraction: true)
        case .article:
            guard let next = NumberWord.table[t.key(i + 1)] else { return nil }
            switch next {
            case .fraction(let f):
                guard t.key(i + 2) == Keys.of else { return nil }
                return Reading(value: rounded(f), end: i + 2, isFraction: true)
            case .dozen, .scale:
                break
            default:
                return nil
            }
        default:
            break
        }
        // Cardinal: units, tens and scales, with "and" after a hundred ("three hundred and fifty").
        var total = 0.0, current = 0.0, sawScale = false, any = false
        var last = 0      // 0: nothing or a scale, 1: a unit, 2: tens
        loop: while k < t.count && t.isWord(k) {
            if let w = NumberWord.table[t.keys[k]] {
                switch w {
                case .article where k == i:
                    current = 1
                case .unit(let v) where last == 0 || (last == 2 && v >= 1 && v <= 9):
                    current += v
                    last = 1
                    any = true
                case .tens(let v) where last == 0:
                    current += v
                    last = 2
                    any = true
                case .dozen:
                    current = max(current, 1) * 12
                    last = 0; any = true
                case .scale(let v):
                    if v == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * v; current = 0 }
                    last = 0; sawScale = true; any = true
                case .fraction(let f) where any && t.key(k + 1) == Keys.of:
                    // "two thirds of", "three quarters of".
                    return Reading(value: rounded((total + current) * f), end: k + 1, isFraction: true)
                default:
                    break loop
                }
                k += 1
                continue
            }
            if t.keys[k] == Keys.and && sawScale && last == 0 {
                switch NumberWord.table[t.key(k + 1)] {
                case .unit?, .tens?: k += 1; continue loop
                default: break loop
                }
            }
            if last == 0, let h = compound(t, k) {
                current += h
                last = 1; any = true; k += 1
                continue
            }
            break
        }
        guard any else { return nil }
        return Reading(value: total + current, end: k)
    }

    /// One token of hyphenated number words: "twenty-five", "two-thirds" (with "of" after).
    static func hyphenated(_ t: FactTokens, at i: Int) -> Reading? {
        guard t.isWord(i) else { return nil }
        if let v = compound(t, i) { return Reading(value: v, end: i + 1) }
        if let f = fractionCompound(t, i), t.key(i + 1) == Keys.of { return Reading(value: f, end: i + 1, isFraction: true) }
        return nil
    }

    /// "twenty-five" -> 25; nil unless the token is tens, a hyphen, and a unit.
    static func compound(_ t: FactTokens, _ i: Int) -> Double? {
        guard let (a, b) = halves(t, i) else { return nil }
        guard case .tens(let x)? = NumberWord.table[a], case .unit(let y)? = NumberWord.table[b], y >= 1, y <= 9 else {
            return nil
        }
        return x + y
    }

    /// "two-thirds" -> 0.667.
    static func fractionCompound(_ t: FactTokens, _ i: Int) -> Double? {
        guard let (a, b) = halves(t, i) else { return nil }
        guard case .unit(let x)? = NumberWord.table[a], case .fraction(let f)? = NumberWord.table[b] else { return nil }
        return rounded(x * f)
    }

    private static func halves(_ t: FactTokens, _ i: Int) -> (UInt64, UInt64)? {
        let r = t.tokens[i].range
        guard r.length <= 16 else { return nil }
        var h = r.start
        while h < r.end && !ScalarClass.isHyphen(t.scalars[h]) { h += 1 }
        guard h < r.end, h > r.start else { return nil }
        return (WordKey.of(t.scalars, r.start, h), WordKey.of(t.scalars, h + 1, r.end))
    }

    /// Fractions to three decimals: "a third" -> 0.333.
    static func rounded(_ v: Double) -> Double { (v * 1000).rounded() / 1000 }
}

/// A running decimal value built one digit at a time, with overflow checked.
///
/// Article text can hold any number of digits ("reference number 12345678901234567890"), so an unchecked
/// `v * 10 + d` traps on ordinary input. A run that no longer fits in `limit` is marked as overflowed and
/// every reader of it treats it as no number at all.
struct DecimalDigits {
    private(set) var value = 0
    private(set) var count = 0
    private(set) var overflowed = false
    let limit: Int

    init(limit: Int = Int.max) { self.limit = limit }

    mutating func append(_ digit: Int) {
        count += 1
        guard !overflowed else { return }
        let (times10, o1) = value.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(digit)
        if o1 || o2 || sum > limit { overflowed = true; value = 0 } else { value = sum }
    }

    /// The value, or nil when it did not fit.
    var checked: Int? { overflowed ? nil : value }

    /// The value of ASCII digits `bytes[range]`; nil for a non-digit, an empty range or a value over `limit`.
    static func ascii(_ bytes: [UInt8], _ range: Range<Int>, limit: Int = Int.max) -> Int? {
        guard !range.isEmpty else { return nil }
        var acc = DecimalDigits(limit: limit)
        for i in range {
            let c = bytes[i]
            guard c >= 48 && c <= 57 else { return nil }
            acc.append(Int(c - 48))
        }
        return acc.checked
    }
}

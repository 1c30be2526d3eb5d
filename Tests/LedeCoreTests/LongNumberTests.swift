import Testing
@testable import LedeCore

/// Numbers longer than any machine integer are ordinary text ("reference number 12345678901234567890"):
/// the whole analysis must read them without trapping, in every place a number can stand.
@Suite struct LongNumberTests {
    static let long = String(repeating: "9", count: 40)

    static let sentences: [String] = [
        "reference number 12345678901234567890",
        "x 9223372036854775808",
        "The meeting is at \(long):30 and ends at \(long)pm.",
        "It lasted \(long) years and ended \(long) days ago.",
        "It lasted 1,234,567,890,123,456,789,012 years, \(long) weeks later.",
        "On March \(long), \(long) people came; \(long)th of them paid $\(long) million.",
        "In \(long) BC and the \(long)s, \(long) percent rose by \(long).\(long) points.",
        "Filed on \(long)/12/2019 and on 2019-\(long)-01.",
    ]

    @Test(arguments: sentences) func analysisReadsLongNumbers(_ text: String) {
        let a = TimeFixtures.analyze(text, date: "2020-01-01")
        #expect(a.times.allSatisfy { $0.range.end <= text.unicodeScalars.count })
    }

    @Test func digitsOverflowIsNoNumber() {
        var d = DecimalDigits()
        for _ in 0..<18 { d.append(9) }
        #expect(d.checked == 999_999_999_999_999_999)
        d.append(9)
        #expect(d.checked == nil)
        #expect(DecimalDigits.ascii(Array("2025".utf8), 0..<4) == 2025)
        #expect(DecimalDigits.ascii(Array("20x5".utf8), 0..<4) == nil)
        #expect(DecimalDigits.ascii(Array(String(repeating: "1", count: 30).utf8), 0..<30) == nil)
        #expect(DecimalDigits.ascii(Array("1000001".utf8), 0..<7, limit: 1_000_000) == nil)
    }
}

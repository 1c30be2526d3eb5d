import CNcursesw
import Testing

@Suite struct ShimTests {
    /// The attribute accessors exist because the C macros do not import; they must give distinct bits.
    @Test func attributeAccessorsAreDistinctBits() {
        let attrs = [lede_a_bold(), lede_a_underline(), lede_a_reverse(), lede_a_dim()]
        #expect(Set(attrs).count == attrs.count)
        #expect(attrs.allSatisfy { $0 != 0 })
        #expect(lede_a_normal() == 0)
    }
}

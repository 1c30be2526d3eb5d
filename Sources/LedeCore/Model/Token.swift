/// A token: a range of the text with a coarse shape, enough for the rule-based analysers.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word        // letters, possibly with inner hyphens, apostrophes or dots ("Ben-Gvir", "U.S.")
        case number      // digits, possibly with separators ("1,200", "3.5", "2025-01-21")
        case punctuation
        case symbol      // currency, percent and other symbols
    }

    // Offsets as 32 bits: a token is 12 bytes, not 24, and tokens were the largest part of a big article's
    // analysis (the tokenizer never makes a token past UInt32.max scalars).
    private var start: UInt32
    private var end: UInt32
    public var kind: Kind

    public var range: TextRange {
        get { TextRange(Int(start), Int(end)) }
        set {
            start = UInt32(clamping: newValue.start)
            end = UInt32(clamping: newValue.end)
        }
    }

    public init(range: TextRange, kind: Kind) {
        self.start = UInt32(clamping: range.start)
        self.end = UInt32(clamping: range.end)
        self.kind = kind
    }
}

/// A token: a range of the text with a coarse shape, enough for the rule-based analysers.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word        // letters, possibly with inner hyphens, apostrophes or dots ("Ben-Gvir", "U.S.")
        case number      // digits, possibly with separators ("1,200", "3.5", "2025-01-21")
        case punctuation
        case symbol      // currency, percent and other symbols
    }

    public var range: TextRange
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

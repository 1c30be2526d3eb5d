/// A token: a range of the text with a coarse shape, enough for the rule-based analysers.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        case word        // letters, possibly with inner hyphens, apostrophes or dots ("Ben-Gvir", "U.S.")
        case number      // digits, possibly with separators ("1,200", "3.5", "2025-01-21")
        case punctuation
        case symbol      // currency, percent and other symbols
    }

    // 8 bytes a token: the start as 32 bits, the length as 24 and the kind as 8 (tokens were the largest part
    // of a big article's analysis after its scalars). The tokenizer never makes a token past UInt32.max scalars
    // nor one longer than `maxLength` (it cuts longer runs).
    private var start: UInt32
    private var lengthAndKind: UInt32

    /// The longest token a Token holds (16,777,215 scalars).
    public static let maxLength = (1 << 24) - 1

    public var kind: Kind {
        get { unsafeBitCast(UInt8(truncatingIfNeeded: lengthAndKind >> 24), to: Kind.self) }
        set { lengthAndKind = (lengthAndKind & 0xFF_FFFF) | UInt32(newValue.rawValue) << 24 }
    }

    public var range: TextRange {
        get {
            let s = Int(start)
            return TextRange(s, s + Int(lengthAndKind & 0xFF_FFFF))
        }
        set { self = Token(range: newValue, kind: kind) }
    }

    public init(range: TextRange, kind: Kind) {
        let s = UInt32(clamping: range.start)
        let length = UInt32(clamping: min(max(0, range.end - Int(s)), Self.maxLength))
        self.start = s
        self.lengthAndKind = length | UInt32(kind.rawValue) << 24
    }
}

/// How many colours a terminal can show, from its terminfo entry.
public enum ColorDepth: Hashable, Sendable {
    /// No colour at all: attributes only.
    case monochrome
    case eight
    case sixteen
    case palette256
    /// 24-bit colour: terminfo reports 2^24 colours (e.g. `xterm-direct`).
    case direct

    /// The depth for a terminfo colour count.
    public init(colorCount: Int) {
        switch colorCount {
        case ..<8: self = .monochrome
        case 8..<16: self = .eight
        case 16..<256: self = .sixteen
        case 256..<0x100_0000: self = .palette256
        default: self = .direct
        }
    }
}

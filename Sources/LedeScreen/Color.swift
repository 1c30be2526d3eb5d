/// A colour as themes name it: the terminal's default, or a 24-bit colour that the terminal layer maps to the
/// nearest one the terminal has (truecolor, 256, 16 or 8).
public enum Color: Hashable, Sendable {
    case `default`
    case rgb(UInt8, UInt8, UInt8)

    /// Parses "#rrggbb" or "#rgb".
    public init?(hex: String) {
        var s = Substring(hex)
        if s.hasPrefix("#") { s = s.dropFirst() }
        if s.count == 3 { s = Substring(s.map { "\($0)\($0)" }.joined()) }
        guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
        self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
    }
}

/// A colour as the caller asks for it: the terminal's default, or 24-bit RGB that `ColorMapper` brings down to
/// what the terminal can show.
public enum TerminalColor: Hashable, Sendable {
    case `default`
    case rgb(UInt8, UInt8, UInt8)
}

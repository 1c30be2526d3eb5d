/// Why the terminal could not be set up.
public enum TerminalError: Error, CustomStringConvertible, Sendable {
    case unknownTerminal(String)
    case noTerminalInput

    public var description: String {
        switch self {
        case .unknownTerminal(let name): return "cannot use terminal type '\(name)' (check TERM)"
        case .noTerminalInput: return "cannot read keys: no terminal to read from (/dev/tty)"
        }
    }
}

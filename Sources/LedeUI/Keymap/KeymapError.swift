/// Why a `[keys]` table could not be used, with the line when known.
public struct KeymapError: Error, CustomStringConvertible, Sendable {
    public var line: Int?
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "config.toml, line \(line): \(message)" }
        return "config.toml: \(message)"
    }
}

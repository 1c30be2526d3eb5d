/// Why a theme file could not be used: the file, the line when known, and what is wrong.
public struct ThemeError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "theme \(file), line \(line): \(message)" }
        return "theme \(file): \(message)"
    }
}

/// Why an input could not be read. Each renders as one line naming the file and the reason.
public struct IngestError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case missing
        case unreadable(String)
        case binary
        case tooLarge(size: Int, limit: Int)
        case malformed(String)
        case unsupported(String)
    }

    public var source: String
    public var reason: Reason

    public init(source: String, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    public var description: String {
        let why: String
        switch reason {
        case .missing: why = "no such file or directory"
        case .unreadable(let e): why = "cannot read: \(e)"
        case .binary: why = "binary file (not text)"
        case .tooLarge(let size, let limit): why = "file is \(size) bytes, over the \(limit)-byte limit (see --max-size)"
        case .malformed(let e): why = e
        case .unsupported(let e): why = "unsupported input: \(e)"
        }
        return "\(TextSanitizer.singleLine(source)): \(why)"
    }
}

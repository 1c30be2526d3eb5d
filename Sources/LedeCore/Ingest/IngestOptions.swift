/// Limits and hints for reading input.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused (`--max-size`), 64 MiB by default.
    public var maxSize: Int
    /// The charset of the input (`--charset`): wins over a page's own declaration and the UTF-8 guess; a
    /// byte-order mark still wins over it.
    public var charset: String?

    public init(maxSize: Int = 64 * 1024 * 1024, charset: String? = nil) {
        self.maxSize = maxSize
        self.charset = charset
    }
}

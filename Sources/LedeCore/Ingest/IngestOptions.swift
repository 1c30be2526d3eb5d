/// Limits and hints for reading input.
public struct IngestOptions: Sendable {
    /// Files larger than this are refused (`--max-size`), 64 MiB by default.
    public var maxSize: Int

    public init(maxSize: Int = 64 * 1024 * 1024) {
        self.maxSize = maxSize
    }
}

/// One screen line of wrapped text: the scalar offsets it shows. Spaces at a wrap point belong to no line.
public struct WrappedLine: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// An article's text with random access by Unicode scalar offset.
///
/// Swift strings index by grapheme; analysis works on scalar offsets, so the scalars are kept in an array once.
public struct ArticleText: Sendable, Hashable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    public subscript(_ r: TextRange) -> String {
        let s = max(0, min(r.start, scalars.count)), e = max(s, min(r.end, scalars.count))
        return ScalarString.make(scalars, s, e)
    }

    public subscript(_ offset: Int) -> Unicode.Scalar { scalars[offset] }

    public static func == (a: ArticleText, b: ArticleText) -> Bool { a.string == b.string }
    public func hash(into h: inout Hasher) { h.combine(string) }
}

/// Trimming of white space at both ends in the standard library: Foundation's `trimmingCharacters` bridges to
/// NSString on Linux and was among the slowest steps of reading a page.
enum SpaceTrim {
    /// `s` without leading and trailing white space and line breaks (`ScalarClass.isSpace`).
    static func trimmed(_ s: String) -> String {
        let u = s.unicodeScalars
        var a = u.startIndex, b = u.endIndex
        while a < b, ScalarClass.isSpace(u[a]) { a = u.index(after: a) }
        while b > a, ScalarClass.isSpace(u[u.index(before: b)]) { b = u.index(before: b) }
        if a == u.startIndex && b == u.endIndex { return s }
        return String(u[a..<b])
    }
}

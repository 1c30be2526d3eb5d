/// Whether a place in the text lies inside a quotation, read back to the start of its line.
enum Quotation {
    /// A quotation longer than this is no quotation a reader of dates should trust, and the bound keeps a text
    /// written as one huge line linear.
    static let reach = 2000

    /// Whether text offset `offset` lies inside a quotation opened earlier on its line (straight quotes counted,
    /// curly ones opened and closed).
    static func isInside(_ s: [Unicode.Scalar], _ offset: Int) -> Bool {
        var i = offset - 1
        var straight = 0, depth = 0
        let stop = max(0, offset - reach)
        while i >= stop && s[i] != "\n" {
            switch s[i] {
            case "\"": straight += 1
            case "\u{201C}": depth += 1
            case "\u{201D}": depth -= 1
            default: break
            }
            i -= 1
        }
        return depth > 0 || straight % 2 == 1
    }
}

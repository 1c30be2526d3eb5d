/// YAML front matter at the top of a Markdown file (`---` … `---`): the flat `key: value` pairs Lede uses
/// (title, date). Nested YAML is skipped rather than misread.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// Index of the first line after the closing delimiter.
    var bodyStart = 0

    static func parse(_ lines: [Substring]) -> FrontMatter? {
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else { return nil }
        var fm = FrontMatter()
        for i in 1..<lines.count {
            let line = lines[i]
            let t = line.trimmingTrailingSpaces()
            if t == "---" || t == "..." {
                fm.bodyStart = i + 1
                return fm
            }
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("-") else { continue }
            let key = line[..<colon].trimmingTrailingSpaces().lowercased()
            var value = Substring(line[line.index(after: colon)...].drop { $0 == " " }.trimmingTrailingSpaces())
            if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
                value = value.dropFirst().dropLast()
            }
            fm.fields[key] = String(value)
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// The first line of every key and table header in a TOML text, found in one pass: what `TOMLLines.line`
/// answers, for loops that ask for every key of a file (a theme's elements). Asking `TOMLLines.line` per key read
/// the whole text again each time and was a fifth of the reader's start-up.
struct TOMLLineIndex {
    /// Key (or header name) to its first line, in any table: `line(of:)` with no table.
    private var anywhere: [String: Int] = [:]
    /// Table name, a unit separator, the key: its first line in that table.
    private var inTable: [String: Int] = [:]

    init(_ toml: String) {
        var current: String? = nil
        var n = 0
        for raw in toml.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let l = Self.trimmed(raw)
            if l.hasPrefix("[") {
                let name = String(l.drop { $0 == "[" || $0 == " " }.reversed().drop { $0 == "]" || $0 == " " }.reversed())
                if anywhere[name] == nil { anywhere[name] = n }
                current = name
                continue
            }
            guard let eq = l.firstIndex(of: "=") else { continue }
            var key = Self.trimmed(l[..<eq])
            for q in ["\"", "'"] where key.count >= 2 && key.hasPrefix(q) && key.hasSuffix(q) {
                key = key.dropFirst().dropLast()
            }
            let k = String(key)
            if anywhere[k] == nil { anywhere[k] = n }
            if let current, inTable[current + "\u{1F}" + k] == nil { inTable[current + "\u{1F}" + k] = n }
        }
    }

    /// The 1-based line where `key` is first defined in `table` (nil: anywhere, a table header included).
    func line(of key: String, inTable table: String? = nil) -> Int? {
        guard let table else { return anywhere[key] }
        return inTable[table + "\u{1F}" + key]
    }

    private static func trimmed(_ s: Substring) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = s.firstIndex(where: { !isSpace($0) }) else { return s[s.endIndex...] }
        let end = s.lastIndex(where: { !isSpace($0) })!
        return s[start...end]
    }
}

import Foundation

/// libFuzzer's dictionary format (`name="value"` or `"value"` per line, `\\`, `\"` and `\xNN` escapes,
/// `#` comments), read so the mutation loop uses the same dictionaries as libFuzzer.
enum FuzzDictionary {
    static func load(_ path: String) throws -> [[UInt8]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var words: [[UInt8]] = []
        for line in text.split(separator: "\n") {
            let t = line.drop { $0 == " " || $0 == "\t" }
            guard !t.hasPrefix("#"), let open = t.firstIndex(of: "\""), let close = t.lastIndex(of: "\""),
                  open < close else { continue }
            if let word = unescape(Array(t[t.index(after: open)..<close].utf8)) { words.append(word) }
        }
        return words
    }

    static func unescape(_ u: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < u.count {
            guard u[i] == UInt8(ascii: "\\") else { out.append(u[i]); i += 1; continue }
            guard i + 1 < u.count else { return nil }
            if u[i + 1] == UInt8(ascii: "x"), i + 3 < u.count,
               let v = UInt8(String(decoding: u[i + 2...i + 3], as: UTF8.self), radix: 16) {
                out.append(v)
                i += 4
            } else {
                out.append(u[i + 1])
                i += 2
            }
        }
        return out
    }
}

/// A `capture-pane -p -e` screen parsed into characters with the SGR state in effect for each, so tests can ask
/// "what colour is this word drawn in".
struct StyledScreen {
    struct Look: Hashable {
        /// SGR colour as tmux writes it: "38;5;208", "31", "38;2;1;2;3", or nil for the default.
        var foreground: String?
        var background: String?
        var bold = false
        var underline = false
        var reverse = false
    }

    struct Line {
        var text: String
        var looks: [Look]
    }

    var lines: [Line]

    init(_ captured: String) {
        // tmux carries the SGR state from one line to the next rather than repeating it.
        var look = Look()
        lines = captured.split(separator: "\n", omittingEmptySubsequences: false).map { Self.parse($0, &look) }
    }

    static func parse(_ raw: Substring, _ look: inout Look) -> Line {
        var text = ""
        var looks: [Look] = []
        var chars = Array(raw)
        var i = 0
        while i < chars.count {
            if chars[i] == "\u{1B}", i + 1 < chars.count, chars[i + 1] == "[" {
                var j = i + 2
                while j < chars.count, !(chars[j].isLetter) { j += 1 }
                guard j < chars.count else { break }
                if chars[j] == "m" { apply(String(chars[(i + 2)..<j]), to: &look) }
                i = j + 1
                continue
            }
            text.append(chars[i])
            looks.append(look)
            i += 1
        }
        chars.removeAll()
        return Line(text: text, looks: looks)
    }

    static func apply(_ params: String, to look: inout Look) {
        let p = params.isEmpty ? ["0"] : params.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        var k = 0
        while k < p.count {
            switch p[k] {
            case "0", "": look = Look()
            case "1": look.bold = true
            case "22": look.bold = false
            case "4": look.underline = true
            case "24": look.underline = false
            case "7": look.reverse = true
            case "27": look.reverse = false
            case "39": look.foreground = nil
            case "49": look.background = nil
            case "38", "48":
                let isForeground = p[k] == "38"
                var value = p[k]
                if k + 1 < p.count, p[k + 1] == "5", k + 2 < p.count {
                    value += ";5;" + p[k + 2]; k += 2
                } else if k + 1 < p.count, p[k + 1] == "2", k + 4 < p.count {
                    value += ";2;" + p[(k + 2)...(k + 4)].joined(separator: ";"); k += 4
                }
                if isForeground { look.foreground = value } else { look.background = value }
            default:
                if let n = Int(p[k]) {
                    if (30...37).contains(n) || (90...97).contains(n) { look.foreground = p[k] }
                    if (40...47).contains(n) || (100...107).contains(n) { look.background = p[k] }
                }
            }
            k += 1
        }
    }

    /// The look of the first character of the first occurrence of `word` on the screen.
    func look(of word: String) -> Look? {
        for line in lines {
            guard let r = line.text.range(of: word) else { continue }
            return line.looks[line.text.distance(from: line.text.startIndex, to: r.lowerBound)]
        }
        return nil
    }

    /// Every look used on the screen.
    var allLooks: Set<Look> { Set(lines.flatMap(\.looks)) }
}

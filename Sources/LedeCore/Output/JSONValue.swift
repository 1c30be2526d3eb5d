/// A JSON value with ordered object keys, so `lede analyze` prints fields in the documented order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        a.serialized() == b.serialized()
    }

    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(1024)
        write(into: &out, pretty: pretty, indent: 0)
        return out
    }

    /// Writes the serialization in pieces of about 64 KB, so a large article's output (27 MB of JSON for a
    /// 5 MB article) never sits in memory whole on top of its analysis.
    public func write(pretty: Bool = false, to chunk: (String) -> Void) {
        var out = ""
        out.reserveCapacity(1 << 17)
        withoutActuallyEscaping(chunk) { chunk in
            write(into: &out, pretty: pretty, indent: 0) { buffer in
                if buffer.utf8.count >= 1 << 16 {
                    chunk(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        chunk(out)
    }

    func write(into out: inout String, pretty: Bool, indent: Int, flush: ((inout String) -> Void)? = nil) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite && d == d.rounded() && abs(d) < 1e15 { out += String(Int(d)) }
            else if d.isFinite { out += String(d) } else { out += "null" }
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (k, v) in items.enumerated() {
                if k > 0 { out += "," }
                if pretty { out += "\n"; out += String(repeating: "  ", count: indent + 1) }
                v.write(into: &out, pretty: pretty, indent: indent + 1, flush: flush)
                flush?(&out)
            }
            if pretty { out += "\n"; out += String(repeating: "  ", count: indent) }
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (k, (key, v)) in fields.enumerated() {
                if k > 0 { out += "," }
                if pretty { out += "\n"; out += String(repeating: "  ", count: indent + 1) }
                JSONValue.writeString(key, into: &out)
                out += pretty ? ": " : ":"
                v.write(into: &out, pretty: pretty, indent: indent + 1, flush: flush)
                flush?(&out)
            }
            if pretty { out += "\n"; out += String(repeating: "  ", count: indent) }
            out += "}"
        }
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || (c.value >= 0x7F && c.value <= 0x9F) || c.value == 0x2028 || c.value == 0x2029 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }
}

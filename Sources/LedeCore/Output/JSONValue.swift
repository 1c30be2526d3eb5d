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
        // Runs of bytes that need no escape are appended whole (appending scalar by scalar was a fifth of
        // `lede analyze`). Escaped: the quote, the backslash, C0 and C1 controls, DEL, U+2028 and U+2029.
        var s = s
        s.withUTF8 { u in
            let n = u.count
            var run = 0, i = 0
            func flush(_ end: Int) {
                if end > run { out += String(decoding: UnsafeBufferPointer(rebasing: u[run..<end]), as: UTF8.self) }
            }
            while i < n {
                let b = u[i]
                let code: UInt32, length: Int
                if b < 0x80 {
                    if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F {
                        i += 1
                        continue
                    }
                    (code, length) = (UInt32(b), 1)
                } else if b == 0xC2, i + 1 < n, u[i + 1] <= 0x9F {
                    (code, length) = (UInt32(u[i + 1]), 2)   // U+0080 to U+009F
                } else if b == 0xE2, i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 {
                    (code, length) = (u[i + 2] == 0xA8 ? 0x2028 : 0x2029, 3)
                } else {
                    i += 1
                    continue
                }
                flush(i)
                switch code {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x09: out += "\\t"
                case 0x0D: out += "\\r"
                default:
                    let hex = String(code, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                i += length
                run = i
            }
            flush(n)
        }
        out += "\""
    }
}

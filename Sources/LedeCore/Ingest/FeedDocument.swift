import CLibXML2

/// A parsed RSS or Atom feed, owned. libxml2's XML parser runs with network access forbidden, no entity
/// substitution and no DTD loading; a document that declares entities at all is refused before parsing,
/// which stops entity-expansion bombs ("billion laughs") and external entities (file or URL) alike, quickly
/// and without memory growth. Real feeds never declare entities.
final class FeedDocument {
    let doc: xmlDocPtr

    /// Throws `.malformed` for entity declarations or for text that is not XML at all.
    init(_ text: String, source: String) throws {
        if Self.declaresEntities(text) {
            throw IngestError(source: source, reason: .malformed(
                "feed declares XML entities (entity expansion or external entity); refused"))
        }
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count < Int32.max else {
            throw IngestError(source: source, reason: .malformed("empty or oversized feed"))
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
                            // Already decoded: the XML declaration's encoding must not make libxml2 decode again.
                            | XML_PARSE_IGNORE_ENC.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { throw IngestError(source: source, reason: .malformed("not a well-formed feed")) }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }

    /// True when the document type declaration's internal subset declares any entity.
    static func declaresEntities(_ text: String) -> Bool {
        let head = text.utf8
        guard let start = find(Array("<!DOCTYPE".utf8), in: head, caseInsensitive: true) else { return false }
        // Entity declarations can only live in the DOCTYPE; look until its end or the root element.
        let rest = Array(head.dropFirst(start).prefix(1 << 20))
        return find(Array("<!ENTITY".utf8), in: rest, caseInsensitive: true) != nil
    }

    static func find<C: Collection>(_ needle: [UInt8], in hay: C, caseInsensitive: Bool) -> Int?
    where C.Element == UInt8 {
        let h = Array(hay)
        guard h.count >= needle.count, let first = needle.first else { return nil }
        func lower(_ b: UInt8) -> UInt8 { caseInsensitive && b >= 65 && b <= 90 ? b + 32 : b }
        let n = needle.map(lower)
        var i = 0
        while i + n.count <= h.count {
            if lower(h[i]) == lower(first) {
                var j = 1
                while j < n.count && lower(h[i + j]) == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// An element's children that are elements.
    static func children(_ n: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var c = n.pointee.children
        while let ch = c {
            if XMLNode.isElement(ch) { out.append(ch) }
            c = ch.pointee.next
        }
        return out
    }

    /// The children of an element as HTML (Atom `type="xhtml"` content, RSS `xhtml:body`): local names without
    /// their namespace prefixes ("xhtml:p" is a paragraph to the HTML parser only as "p"), text and attribute
    /// values escaped again. Walked without recursion, so depth cannot overflow the stack.
    func innerMarkup(_ n: xmlNodePtr) -> String {
        var out = ""
        var open: [xmlNodePtr] = []
        var cur = n.pointee.children
        while let c = cur {
            if XMLNode.isElement(c) {
                let name = XMLNode.name(c)
                out += "<" + name
                var a = c.pointee.properties
                while let p = a {
                    if let nm = p.pointee.name {
                        var value = ""
                        var t = p.pointee.children
                        while let x = t { if let v = x.pointee.content { value += String(cString: v) }; t = x.pointee.next }
                        out += " " + String(cString: nm) + "=\"" + Self.escape(value, quotes: true) + "\""
                    }
                    a = p.pointee.next
                }
                out += ">"
                if let first = c.pointee.children { open.append(c); cur = first; continue }
                if !Self.voidElements.contains(name) { out += "</" + name + ">" }
            } else if XMLNode.isText(c), let t = XMLNode.text(c) {
                out += Self.escape(t, quotes: false)
            }
            var next = c.pointee.next
            while next == nil, let parent = open.popLast() {
                out += "</" + XMLNode.name(parent) + ">"
                next = parent.pointee.next
            }
            cur = next
        }
        return out
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "param", "source", "track", "wbr"]

    static func escape(_ s: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

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

    /// The markup of an element's children (Atom `type="xhtml"` content).
    func innerMarkup(_ n: xmlNodePtr) -> String {
        guard let buf = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buf) }
        var c = n.pointee.children
        while let ch = c {
            xmlNodeDump(buf, doc, ch, 0, 0)
            c = ch.pointee.next
        }
        guard let content = xmlBufferContent(buf) else { return "" }
        return String(cString: content)
    }
}

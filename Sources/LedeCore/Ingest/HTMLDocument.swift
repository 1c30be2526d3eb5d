import CLibXML2

/// A parsed HTML page, owned: libxml2's HTML parser in recovery mode with network access forbidden and
/// errors silenced (real pages are rarely valid). The text handed in is already decoded, so the parser is
/// told it is UTF-8 and a stale `<meta charset>` cannot make it decode twice.
final class HTMLDocument {
    let doc: xmlDocPtr

    init?(_ text: String) {
        var bytes = Array(HTMLCharacterReferences.rewrite(text).utf8)
        guard bytes.count < Int32.max else { return nil }
        if bytes.isEmpty { bytes = Array("<html></html>".utf8) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }
}

/// Cheap, allocation-light access to libxml2 nodes.
enum XMLNode {
    @inline(__always)
    static func isElement(_ n: xmlNodePtr) -> Bool { n.pointee.type == XML_ELEMENT_NODE }

    @inline(__always)
    static func isText(_ n: xmlNodePtr) -> Bool {
        n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The element's local name, lower-cased (HTML names already are; feeds may mix case).
    static func name(_ n: xmlNodePtr) -> String {
        guard let p = n.pointee.name else { return "" }
        return String(cString: p).lowercased()
    }

    /// The name with its namespace prefix ("content:encoded"), for feed elements.
    static func qualifiedName(_ n: xmlNodePtr) -> String {
        let local = name(n)
        if let ns = n.pointee.ns, let prefix = ns.pointee.prefix { return String(cString: prefix).lowercased() + ":" + local }
        return local
    }

    /// Namespace URI of an element, if any.
    static func namespace(_ n: xmlNodePtr) -> String? {
        guard let ns = n.pointee.ns, let href = ns.pointee.href else { return nil }
        return String(cString: href)
    }

    /// An attribute's value, read from the attribute node without asking libxml2 to allocate.
    static func attribute(_ n: xmlNodePtr, _ attr: String) -> String? {
        var a = n.pointee.properties
        while let p = a {
            if let nm = p.pointee.name, String(cString: nm).lowercased() == attr {
                var out = ""
                var c = p.pointee.children
                while let t = c {
                    if let content = t.pointee.content { out += String(cString: content) }
                    c = t.pointee.next
                }
                return out
            }
            a = p.pointee.next
        }
        return nil
    }

    /// An attribute's value by its lower-case name (libxml2's HTML parser lower-cases attribute names), compared
    /// as C strings so no Swift string is made for attributes that are not asked for.
    static func attributeValue(_ n: xmlNodePtr, _ attr: StaticString) -> String? {
        var a = n.pointee.properties
        while let p = a {
            if let nm = p.pointee.name, sameName(nm, attr) {
                guard let c = p.pointee.children else { return "" }
                if c.pointee.next == nil, let content = c.pointee.content { return String(cString: content) }
                var out = ""
                var t: xmlNodePtr? = c
                while let x = t {
                    if let content = x.pointee.content { out += String(cString: content) }
                    t = x.pointee.next
                }
                return out
            }
            a = p.pointee.next
        }
        return nil
    }

    @inline(__always)
    static func sameName(_ nm: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let want = name.utf8Start
        let n = name.utf8CodeUnitCount
        for i in 0..<n where nm[i] != want[i] { return false }
        return nm[n] == 0
    }

    static func hasAttribute(_ n: xmlNodePtr, _ attr: StaticString) -> Bool {
        var a = n.pointee.properties
        while let p = a {
            if let nm = p.pointee.name, sameName(nm, attr) {
                return true
            }
            a = p.pointee.next
        }
        return false
    }

    /// The content of a text or CDATA node.
    static func text(_ n: xmlNodePtr) -> String? {
        guard let c = n.pointee.content else { return nil }
        return String(cString: c)
    }

    /// All text below a node, in document order, walked without recursion.
    static func textContent(_ n: xmlNodePtr, limit: Int = 1 << 20) -> String {
        var out = ""
        walk(n) { node in
            if isText(node), let t = text(node) { out += t }
            return out.utf8.count < limit
        }
        return out
    }

    /// Visits `root` and its descendants in document order without recursion. `visit` returns false to skip
    /// the node's children.
    static func walk(_ root: xmlNodePtr, _ visit: (xmlNodePtr) -> Bool) {
        var node: xmlNodePtr? = root
        while let n = node {
            if visit(n), let child = n.pointee.children {
                node = child
                continue
            }
            var cur: xmlNodePtr? = n
            node = nil
            while let c = cur, c != root {
                if let next = c.pointee.next { node = next; break }
                cur = c.pointee.parent
            }
        }
    }
}

import CLibXML2

/// The edits reader mode makes to a parsed page before it looks for the article, the same whatever the
/// later pass decides: what can never be text goes (scripts, styles, comments, hidden elements, modal
/// dialogs), runs of `<br><br>` become paragraphs (stories written as `<div>`s with line breaks), and the
/// loose text and inline elements of a `<div>` that also holds blocks are wrapped in paragraphs, so every
/// sentence sits in a paragraph that can be scored. Every walk is iterative.
enum ReaderModePrep {
    static func prepare(_ doc: xmlDocPtr, root: xmlNodePtr) {
        removeNonContent(root)
        replaceBreakRuns(doc, root)
        wrapLooseText(doc, root)
    }

    // MARK: Removal

    static func removeNonContent(_ root: xmlNodePtr) {
        var doomed: [xmlNodePtr] = []
        XMLNode.walk(root) { n in
            switch n.pointee.type {
            case XML_COMMENT_NODE, XML_PI_NODE:
                doomed.append(n); return false
            case XML_ELEMENT_NODE:
                let tag = HTMLTag.of(n)
                if tag == .head { return true }  // metadata was read before; its children go below
                if tag == .script || tag == .style || tag == .noscript || tag == .template || tag == .link
                    || tag == .title || tag == .meta || tag == .base || !isProbablyVisible(n) || isModalDialog(n) {
                    doomed.append(n); return false
                }
                return true
            default:
                return false
            }
        }
        for n in doomed { xmlUnlinkNode(n); xmlFreeNode(n) }
    }

    /// Readability's visibility test: `hidden`, `aria-hidden="true"` (except lazy-image fallbacks) and inline
    /// `display: none` / `visibility: hidden`.
    static func isProbablyVisible(_ n: xmlNodePtr) -> Bool {
        if XMLNode.hasAttribute(n, "hidden") { return false }
        if let h = XMLNode.attributeValue(n, "aria-hidden"), h.lowercased() == "true" {
            if let cls = XMLNode.attributeValue(n, "class"), ByteSearch.has(cls, "fallback-image") { return true }
            return false
        }
        if let style = XMLNode.attributeValue(n, "style") {
            // Lower-cased without white space, byte by byte: "Display : none" is "display:none".
            var compact: [UInt8] = []
            compact.reserveCapacity(style.utf8.count)
            for b in style.utf8 where b != 0x20 && b != 0x09 && b != 0x0A { compact.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            let c = String(decoding: compact, as: UTF8.self)
            if ByteSearch.has(c, "display:none") || ByteSearch.has(c, "visibility:hidden") { return false }
        }
        return true
    }

    static func isModalDialog(_ n: xmlNodePtr) -> Bool {
        XMLNode.attributeValue(n, "aria-modal") == "true" && XMLNode.attributeValue(n, "role") == "dialog"
    }

    // MARK: Line breaks

    /// True for whitespace-only text and for `<br>`.
    static func isWhitespace(_ n: xmlNodePtr) -> Bool {
        if XMLNode.isText(n) { return isBlankText(n) }
        return XMLNode.isElement(n) && HTMLTag.of(n) == .br
    }

    static func isBlankText(_ n: xmlNodePtr) -> Bool {
        guard let c = n.pointee.content else { return true }
        var p = c
        while p.pointee != 0 {
            let b = p.pointee
            if !(b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C) {
                // A no-break space (C2 A0) is whitespace to JavaScript's \s too.
                if b == 0xC2 && p[1] == 0xA0 { p += 2; continue }
                return false
            }
            p += 1
        }
        return true
    }

    /// The node itself when it is an element, else the next element sibling, skipping whitespace text.
    static func nextElement(_ start: xmlNodePtr?) -> xmlNodePtr? {
        var n = start
        while let c = n, !XMLNode.isElement(c) {
            if XMLNode.isText(c) && !isBlankText(c) { break }
            n = c.pointee.next
        }
        return n
    }

    static func isBR(_ n: xmlNodePtr?) -> Bool {
        guard let n, XMLNode.isElement(n) else { return false }
        return HTMLTag.of(n) == .br
    }

    /// `foo<br>bar<br> <br><br>abc` becomes `foo<br>bar<p>abc</p>`: a chain of two or more `<br>`s turns into
    /// a paragraph holding what follows, up to the next chain.
    static func replaceBreakRuns(_ doc: xmlDocPtr, _ root: xmlNodePtr) {
        var brs: [xmlNodePtr] = []
        XMLNode.walk(root) { n in
            guard XMLNode.isElement(n) else { return false }
            if HTMLTag.of(n) == .br { brs.append(n); return false }
            return true
        }
        var freed = Set<UnsafeMutableRawPointer>()
        for br in brs {
            if freed.contains(UnsafeMutableRawPointer(br)) || br.pointee.parent == nil { continue }
            var replaced = false
            var next = nextElement(br.pointee.next)
            while let n = next, isBR(n) {
                replaced = true
                let after = n.pointee.next
                xmlUnlinkNode(n)
                freed.insert(UnsafeMutableRawPointer(n))
                xmlFreeNode(n)
                next = nextElement(after)
            }
            guard replaced, let p = xmlNewDocNode(doc, nil, "p", nil) else { continue }
            xmlReplaceNode(br, p)
            freed.insert(UnsafeMutableRawPointer(br))
            xmlFreeNode(br)
            var sib = p.pointee.next
            while let s = sib {
                if isBR(s), isBR(nextElement(s.pointee.next)) { break }
                if !isPhrasing(s) { break }
                let following = s.pointee.next
                xmlUnlinkNode(s)
                appendChild(p, s)
                sib = following
            }
            while let last = p.pointee.last, isWhitespace(last) {
                xmlUnlinkNode(last)
                if isBR(last) { freed.insert(UnsafeMutableRawPointer(last)) }
                xmlFreeNode(last)
            }
            // A paragraph cannot hold one: the outer one becomes a div.
            if let parent = p.pointee.parent, XMLNode.isElement(parent), HTMLTag.of(parent) == .p {
                xmlNodeSetName(parent, "div")
            }
        }
    }

    /// Appends without libxml2 merging adjacent text nodes (which would free the node being moved).
    static func appendChild(_ parent: xmlNodePtr, _ child: xmlNodePtr) {
        child.pointee.parent = parent
        child.pointee.next = nil
        child.pointee.prev = parent.pointee.last
        if let last = parent.pointee.last { last.pointee.next = child } else { parent.pointee.children = child }
        parent.pointee.last = child
    }

    // MARK: Loose text in divs

    /// Readability's phrasing content: text, inline elements, and links, `<del>` and `<ins>` holding only those.
    static func isPhrasing(_ n: xmlNodePtr) -> Bool {
        if XMLNode.isText(n) { return true }
        guard XMLNode.isElement(n) else { return true }  // entity references and the like stay inline
        let tag = HTMLTag.of(n)
        if tag.isPhrasing { return true }
        guard tag == .a || tag == .del || tag == .ins else { return false }
        // Every descendant reached through links, del and ins must be phrasing (explicit stack: no recursion).
        var stack: [xmlNodePtr] = [n]
        while let e = stack.popLast() {
            var c = e.pointee.children
            while let ch = c {
                if XMLNode.isElement(ch) {
                    let t = HTMLTag.of(ch)
                    if t == .a || t == .del || t == .ins { stack.append(ch) } else if !t.isPhrasing { return false }
                }
                c = ch.pointee.next
            }
        }
        return true
    }

    /// In every `<div>`, runs of phrasing content that are not only whitespace go into a new `<p>`.
    static func wrapLooseText(_ doc: xmlDocPtr, _ root: xmlNodePtr) {
        var divs: [xmlNodePtr] = []
        XMLNode.walk(root) { n in
            guard XMLNode.isElement(n) else { return false }
            if HTMLTag.of(n) == .div { divs.append(n) }
            return true
        }
        for div in divs {
            var p: xmlNodePtr?
            var child = div.pointee.children
            while let c = child {
                let next = c.pointee.next
                if isPhrasing(c) {
                    if let p {
                        xmlUnlinkNode(c)
                        appendChild(p, c)
                    } else if !isWhitespace(c), let np = xmlNewDocNode(doc, nil, "p", nil) {
                        xmlAddPrevSibling(c, np)
                        xmlUnlinkNode(c)
                        appendChild(np, c)
                        p = np
                    }
                } else if let open = p {
                    trimTrailingWhitespace(open)
                    p = nil
                }
                child = next
            }
            if let open = p { trimTrailingWhitespace(open) }
        }
    }

    static func trimTrailingWhitespace(_ p: xmlNodePtr) {
        while let last = p.pointee.last, isWhitespace(last) {
            xmlUnlinkNode(last)
            xmlFreeNode(last)
        }
    }
}

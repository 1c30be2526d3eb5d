import CLibXML2

/// Reader mode: finds the main article in a full web page and renders it as blocks.
///
/// In the spirit of Mozilla's Readability: furniture is removed by tag, role and class names; every
/// paragraph scores its parent and grandparent (more for longer text and more commas); the best container,
/// discounted by its link density, wins, and its siblings that also look like article text join it.
/// Nothing here knows particular sites. Every walk is iterative, so a page nested 100,000 levels deep
/// cannot overflow the stack.
struct ReaderModeExtractor {
    /// A block of rendered article text before it is placed in the article.
    struct RenderedBlock {
        var scalars: [Unicode.Scalar]
        var kind: Block.Kind
        var level: Int?
        var boilerplate: Block.BoilerplateKind?
        var keepNewlines = false
    }

    struct Element {
        var node: xmlNodePtr
        var parent: Int
        var tag: String
        var furniture: Bool
        var weight: Double
        var text = 0
        var linkText = 0
        var commas = 0
        var score = 0.0
        var isCandidate = false
    }

    private(set) var elements: [Element] = []

    /// The element-table index of a node, kept in libxml2's spare `_private` field (a dictionary keyed by
    /// pointer cost more than the rest of the walk on big pages).
    static func index(_ n: xmlNodePtr) -> Int? {
        guard let p = n.pointee._private else { return nil }
        return Int(bitPattern: p) - 1
    }

    /// Builds the element table of a document (or of a fragment's body), in document order.
    init(root: xmlNodePtr) {
        var stack: [Int] = []  // indices of the open ancestors
        var linkDepth = 0
        var openLinks: [Int] = []
        XMLNode.walk(root) { n in
            // Close ancestors that are not parents of this node.
            let parentPtr = n.pointee.parent
            while let top = stack.last, elements[top].node != parentPtr {
                stack.removeLast()
                if openLinks.last == top { openLinks.removeLast(); linkDepth -= 1 }
            }
            if XMLNode.isElement(n) {
                let tag = XMLNode.name(n)
                let parent = stack.last ?? -1
                let box = xmlNodePtrBox(ptr: n)
                let words = HTMLFurniture.words(box)
                let inherited = parent >= 0 && elements[parent].furniture
                let furniture = inherited || HTMLFurniture.isFurniture(tag: tag, words: words, node: box)
                elements.append(Element(node: n, parent: parent, tag: tag, furniture: furniture,
                                        weight: HTMLFurniture.classWeight(words)))
                let idx = elements.count - 1
                n.pointee._private = UnsafeMutableRawPointer(bitPattern: idx + 1)
                stack.append(idx)
                if tag == "a" { openLinks.append(idx); linkDepth += 1 }
                return true
            }
            if XMLNode.isText(n), let owner = stack.last, !elements[owner].furniture, let c = n.pointee.content {
                var len = 0, commas = 0
                var p = c
                while p.pointee != 0 {
                    let b = p.pointee
                    // Count characters, not bytes, and skip layout whitespace.
                    if b & 0xC0 != 0x80 && b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D { len += 1 }
                    if b == 0x2C { commas += 1 }
                    p += 1
                }
                elements[owner].text += len
                elements[owner].commas += commas
                if linkDepth > 0 { elements[owner].linkText += len }
            }
            return false
        }
        // Totals bubble up: children come after their parents in document order.
        for i in elements.indices.reversed() where elements[i].parent >= 0 {
            let p = elements[i].parent
            elements[p].text += elements[i].text
            elements[p].linkText += elements[i].linkText
        }
    }

    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote"]
    static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    func linkDensity(_ i: Int) -> Double {
        elements[i].text == 0 ? 0 : Double(elements[i].linkText) / Double(elements[i].text)
    }

    /// The containers that hold the article, in document order.
    mutating func articleContainers() -> [Int] {
        guard !elements.isEmpty else { return [] }
        for i in elements.indices {
            let e = elements[i]
            guard !e.furniture, e.text >= 25 else { continue }
            let paragraphLike = Self.paragraphTags.contains(e.tag)
                || (e.tag == "div" && ownText(i) >= 25)
            guard paragraphLike else { continue }
            let score = 1 + Double(e.commas) + min(Double(e.text) / 100, 3)
            var level = 0
            var a = e.parent
            while a >= 0 && level < 3 {
                if !elements[a].isCandidate {
                    elements[a].isCandidate = true
                    elements[a].score += elements[a].weight + Self.tagBonus(elements[a].tag)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                elements[a].score += score / divider
                a = elements[a].parent
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        for i in elements.indices where elements[i].isCandidate && !elements[i].furniture {
            let s = elements[i].score * (1 - linkDensity(i))
            elements[i].score = s
            if s > bestScore { bestScore = s; best = i }
        }
        if best < 0 {
            // No paragraphs at all: take the body (or the root) and let rendering drop the furniture.
            return [elements.firstIndex { $0.tag == "body" } ?? 0]
        }
        let parent = elements[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, bestScore * 0.2)
        let siblings = elements.indices.filter { elements[$0].parent == parent && !elements[$0].furniture }
        var included = Set<Int>()
        for i in siblings {
            if i == best { included.insert(i); continue }
            let e = elements[i]
            if e.isCandidate && e.score >= threshold { included.insert(i); continue }
            if e.tag == "p" {
                let ld = linkDensity(i)
                if (e.text > 80 && ld < 0.25) || (e.text > 0 && ld == 0 && endsSentence(i)) { included.insert(i) }
            }
        }
        // Section headings between the included blocks (or just before the first) belong to the article too.
        if let first = siblings.firstIndex(where: { included.contains($0) }),
           let last = siblings.lastIndex(where: { included.contains($0) }) {
            var k = first - 1
            while k >= 0, Self.headingLevels[elements[siblings[k]].tag] != nil, elements[siblings[k]].tag != "h1" {
                included.insert(siblings[k]); k -= 1
            }
            for i in siblings[first...last] where Self.headingLevels[elements[i].tag] != nil { included.insert(i) }
        }
        return siblings.filter { included.contains($0) }
    }

    static func tagBonus(_ tag: String) -> Double {
        switch tag {
        case "article": return 10
        case "main", "div": return 5
        case "section": return 3
        case "pre", "td", "blockquote": return 3
        case "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// Characters of text directly inside an element (not in child elements).
    func ownText(_ i: Int) -> Int {
        var n = 0
        var c = elements[i].node.pointee.children
        while let ch = c {
            if XMLNode.isText(ch), let t = ch.pointee.content {
                var p = t
                while p.pointee != 0 { if p.pointee > 0x20 && p.pointee & 0xC0 != 0x80 { n += 1 }; p += 1 }
            }
            c = ch.pointee.next
        }
        return n
    }

    func endsSentence(_ i: Int) -> Bool {
        let t = XMLNode.textContent(elements[i].node, limit: 4096)
        return t.trimmingTrailingSpaces().hasSuffix(".")
    }

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "pre", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table",
        "tr", "td", "th", "tbody", "thead", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "address",
        "center", "caption", "hr", "details", "summary", "body", "html", "header", "footer",
    ]

    struct Context {
        var kind: Block.Kind
        var level: Int?
        var boilerplate: Block.BoilerplateKind?
        var keepNewlines: Bool
    }

    /// Renders containers to blocks: headings, paragraphs, list items, quotes and captions, furniture skipped.
    func render(_ containers: [Int]) -> [RenderedBlock] {
        var out: [RenderedBlock] = []
        var buffer: [Unicode.Scalar] = []
        var contexts: [Context] = [Context(kind: .paragraph, level: nil, boilerplate: nil, keepNewlines: false)]
        var openElements: [(node: xmlNodePtr, pushed: Bool, spaced: Bool)] = []  // spaced: a word break on leaving

        func wordBreak() {
            if let last = buffer.last, !ScalarClass.isSpace(last) { buffer.append(" ") }
        }

        func flush() {
            guard buffer.contains(where: { !ScalarClass.isSpace($0) }) else { buffer.removeAll(keepingCapacity: true); return }
            let c = contexts[contexts.count - 1]
            out.append(RenderedBlock(scalars: buffer, kind: c.boilerplate != nil ? .boilerplate : c.kind, level: c.level,
                                     boilerplate: c.boilerplate, keepNewlines: c.keepNewlines))
            buffer.removeAll(keepingCapacity: true)
        }

        for root in containers {
            XMLNode.walk(elements[root].node) { n in
                // Leaving elements that are not ancestors of this node.
                while let open = openElements.last, open.node != n.pointee.parent {
                    openElements.removeLast()
                    if open.pushed { flush(); contexts.removeLast() }
                    if open.spaced { wordBreak() }
                }
                if XMLNode.isText(n) {
                    if let c = n.pointee.content {
                        let s = String(cString: c)
                        buffer.append(contentsOf: s.unicodeScalars)
                    }
                    return false
                }
                guard XMLNode.isElement(n) else { return false }
                guard let idx = Self.index(n), !elements[idx].furniture else { return false }
                let tag = elements[idx].tag
                if contexts[contexts.count - 1].kind == .caption {
                    // A caption is one block however it is marked up inside (credit spans, `<br>`, a nested
                    // "caption-text" element, MediaWiki's magnify link): splitting it would leave a fragment
                    // that reads like a stray line of the article.
                    let isBlock = tag == "br" || tag == "img" || Self.blockTags.contains(tag) || Self.isCaptionOrByline(n)
                    if isBlock { wordBreak() }
                    openElements.append((n, false, isBlock))
                    return true
                }
                if tag == "br" {
                    if contexts[contexts.count - 1].keepNewlines { buffer.append("\n") } else { flush() }
                    return false
                }
                if tag == "img" || tag == "hr" { flush(); return false }
                guard Self.blockTags.contains(tag) || Self.isCaptionOrByline(n) else {
                    // Inline element: its text joins the current block; keep word boundaries.
                    openElements.append((n, false, false))
                    return true
                }
                flush()
                var c = contexts[contexts.count - 1]
                if let level = Self.headingLevels[tag] {
                    c.kind = .heading; c.level = level
                } else if tag == "li" || tag == "dt" || tag == "dd" {
                    if c.kind != .quote && c.kind != .caption { c.kind = .listItem }
                } else if tag == "blockquote" {
                    c.kind = .quote
                } else if tag == "figcaption" || tag == "caption" {
                    c.kind = .caption
                } else if tag == "pre" {
                    c.keepNewlines = true
                }
                switch Self.classRole(n) {
                case .caption?: c.kind = .caption
                case .byline?: c.boilerplate = .byline
                case nil: break
                }
                contexts.append(c)
                openElements.append((n, true, false))
                return true
            }
            while let open = openElements.popLast() {
                if open.pushed { flush(); contexts.removeLast() }
            }
            flush()
        }
        return out
    }

    enum ClassRole { case caption, byline }

    static func isCaptionOrByline(_ n: xmlNodePtr) -> Bool { classRole(n) != nil }

    /// Captions and bylines are recognised by class name (`thumbcaption`, `wp-caption-text`, `byline`).
    static func classRole(_ n: xmlNodePtr) -> ClassRole? {
        guard let cls = XMLNode.attribute(n, "class")?.lowercased() else { return nil }
        if HTMLFurniture.has(cls, "caption") { return .caption }
        if ["byline", "dateline", "posted-on", "entry-meta"].contains(where: { HTMLFurniture.has(cls, $0) }) {
            return .byline
        }
        return nil
    }
}

import CLibXML2

/// A prepared page as a flat table of its elements in document order, so reader mode can score, remove and
/// re-score without touching libxml2 again: an element's descendants are the rows after it up to `end`.
///
/// Text is measured as Readability measures `innerText`: characters with whitespace runs counted once.
struct PageTable {
    struct Row {
        var node: xmlNodePtr
        /// The element's tag; a `<div>` with no block inside reads as the paragraph it is.
        var tag: HTMLTag
        var parent: Int32
        /// One past the last descendant.
        var end: Int32
        var ownText: Int32 = 0
        /// Commas of any script (`,` `،` `，` …), for scoring; ASCII commas alone, for cleaning.
        var ownCommas: Int32 = 0
        var ownASCIICommas: Int32 = 0
        /// How much of the element's own text is link text: 1 in a link, 0.3 in a link to `#…`, else 0.
        var linkWeight: Float = 0
        var classSignals: ClassNameSignals = []
        var idSignals: ClassNameSignals = []
        var classHash: Int = 0
        var flags: Flags = []
    }

    struct Flags: OptionSet {
        let rawValue: UInt16
        static let unlikelyRole = Flags(rawValue: 1 << 0)
        static let authorLink = Flags(rawValue: 1 << 1)      // rel="author", itemprop="author"
        static let inTable = Flags(rawValue: 1 << 2)
        static let inCode = Flags(rawValue: 1 << 3)
        /// A `<div>` holding just one paragraph: it stands for that paragraph (Readability replaces it).
        static let collapsed = Flags(rawValue: 1 << 4)
        static let looseText = Flags(rawValue: 1 << 5)       // has non-blank text directly inside
        static let videoEmbed = Flags(rawValue: 1 << 6)
        static let hasHref = Flags(rawValue: 1 << 7)
        static let dataTable = Flags(rawValue: 1 << 8)
        static let captionRole = Flags(rawValue: 1 << 9)    // figure captions by class name
        static let alwaysFurniture = Flags(rawValue: 1 << 10)
        static let inDataTable = Flags(rawValue: 1 << 11)
    }

    private(set) var rows: [Row] = []
    /// The row of `<body>` (or of the root when a fragment has none).
    private(set) var body: Int = 0

    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
                                             "dialog"]

    init(root: xmlNodePtr) {
        var signalCache: [String: ClassNameSignals] = [:]
        func signals(_ v: String) -> ClassNameSignals {
            if let s = signalCache[v] { return s }
            let s = ClassNameSignals.of(v)
            signalCache[v] = s
            return s
        }
        var stack: [Int] = []
        var linkStack: [Float] = []  // the link weight of each open row
        rows.reserveCapacity(1024)
        XMLNode.walk(root) { n in
            let parentPtr = n.pointee.parent
            while let top = stack.last, rows[top].node != parentPtr {
                rows[top].end = Int32(rows.count)
                stack.removeLast(); linkStack.removeLast()
            }
            if XMLNode.isElement(n) {
                let tag = HTMLTag.of(n)
                let parent = stack.last ?? -1
                var row = Row(node: n, tag: tag, parent: Int32(parent), end: 0)
                var link: Float = linkStack.last ?? 0
                if parent >= 0 {
                    row.flags.formUnion(rows[parent].flags.intersection([.inTable, .inCode]))
                    if rows[parent].tag == .table { row.flags.insert(.inTable) }
                    if rows[parent].tag == .code { row.flags.insert(.inCode) }
                }
                if n.pointee.properties != nil {
                    if let c = XMLNode.attributeValue(n, "class"), !c.isEmpty {
                        row.classSignals = signals(c)
                        row.classHash = c.hashValue
                    }
                    if let i = XMLNode.attributeValue(n, "id"), !i.isEmpty { row.idSignals = signals(i) }
                    if let role = XMLNode.attributeValue(n, "role"), Self.unlikelyRoles.contains(role) {
                        row.flags.insert(.unlikelyRole)
                    }
                    if XMLNode.attributeValue(n, "rel") == "author"
                        || XMLNode.attributeValue(n, "itemprop").map({ ByteSearch.has($0, "author") }) == true {
                        row.flags.insert(.authorLink)
                    }
                    if tag == .a, let href = XMLNode.attributeValue(n, "href") {
                        row.flags.insert(.hasHref)
                        link = href.hasPrefix("#") ? 0.3 : 1
                    }
                    if tag == .iframe || tag == .embed || tag == .object, Self.isVideo(n) { row.flags.insert(.videoEmbed) }
                }
                if tag == .a && link == 0 { link = 1 }
                if row.classSignals.union(row.idSignals).contains(.alwaysFurniture) { row.flags.insert(.alwaysFurniture) }
                if row.classSignals.contains(.caption) { row.flags.insert(.captionRole) }
                row.linkWeight = link
                rows.append(row)
                stack.append(rows.count - 1)
                linkStack.append(link)
                if tag == .body { body = rows.count - 1 }
                return true
            }
            if XMLNode.isText(n), let owner = stack.last, let c = n.pointee.content {
                let (len, commas, ascii) = Self.measure(c)
                rows[owner].ownText += len
                rows[owner].ownCommas += commas
                rows[owner].ownASCIICommas += ascii
                if len > 0 { rows[owner].flags.insert(.looseText) }
            }
            return false
        }
        for top in stack { rows[top].end = Int32(rows.count) }
        resolveDivs()
        markDataTables()
    }

    /// Characters with each whitespace run inside the text counted once (runs at its ends are layout), and
    /// the commas.
    static func measure(_ c: UnsafePointer<xmlChar>) -> (Int32, Int32, Int32) {
        var len: Int32 = 0, commas: Int32 = 0, ascii: Int32 = 0
        var inSpace = false
        var sawText = false
        var p = c
        while p.pointee != 0 {
            let b = p.pointee
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                inSpace = true
            } else if b & 0xC0 != 0x80 {
                if inSpace && sawText { len += 1 }
                inSpace = false
                sawText = true
                len += 1
                if b == 0x2C { commas += 1; ascii += 1 }
                // ، (D8 8C), ， (EF BC 8C), ﹐ (EF B9 90), ︐ ︑ (EF B8 90/91), ⸁ ⸴ ⸲ (E2 B9 81/B4/B2)
                else if b == 0xD8, p[1] == 0x8C { commas += 1 }
                else if b == 0xEF, (p[1] == 0xBC && p[2] == 0x8C) || (p[1] == 0xB9 && p[2] == 0x90)
                            || (p[1] == 0xB8 && (p[2] == 0x90 || p[2] == 0x91)) { commas += 1 }
                else if b == 0xE2, p[1] == 0xB9, p[2] == 0x81 || p[2] == 0xB4 || p[2] == 0xB2 { commas += 1 }
            }
            p += 1
        }
        return (len, commas, ascii)
    }

    static func isVideo(_ n: xmlNodePtr) -> Bool {
        for attr in ["src", "data", "data-src"] as [StaticString] {
            if let v = XMLNode.attributeValue(n, attr)?.lowercased(),
               ["youtube.com", "youtube-nocookie.com", "player.vimeo.com", "dailymotion.com", "v.qq.com",
                "archive.org/embed", "upload.wikimedia.org", "player.twitch.tv", "bilibili.com", "live.bilibili.com"]
                .contains(where: { v.contains($0) }) { return true }
        }
        return false
    }

    // MARK: Divs

    /// Readability's div rule, on the prepared tree: a div holding one paragraph (and little link text)
    /// stands for it; a div with no block element inside is a paragraph itself.
    mutating func resolveDivs() {
        // Whether a block element is below each row, bubbled from the end.
        var blockBelow = [Bool](repeating: false, count: rows.count)
        var totalText = [Int32](repeating: 0, count: rows.count)
        var linkText = [Float](repeating: 0, count: rows.count)
        for i in rows.indices.reversed() {
            totalText[i] += rows[i].ownText
            linkText[i] += Float(rows[i].ownText) * rows[i].linkWeight
            let p = Int(rows[i].parent)
            guard p >= 0 else { continue }
            if rows[i].tag.makesDivAContainer || blockBelow[i] { blockBelow[p] = true }
            totalText[p] += totalText[i]
            linkText[p] += linkText[i]
        }
        for i in rows.indices where rows[i].tag == .div {
            // Exactly one element child, a <p>, and no loose text.
            let first = i + 1
            if !rows[i].flags.contains(.looseText), first < Int(rows[i].end), rows[first].tag == .p,
               Int(rows[first].end) == Int(rows[i].end) {
                let density = totalText[i] == 0 ? 0 : linkText[i] / Float(totalText[i])
                if density < 0.25 { rows[i].flags.insert(.collapsed); continue }
            }
            if !blockBelow[i] { rows[i].tag = .p }
        }
    }

    // MARK: Tables

    /// Readability's data tables (kept whole when cleaning), told from layout tables by their markup and size.
    mutating func markDataTables() {
        for i in rows.indices where rows[i].tag == .table {
            let n = rows[i].node
            if XMLNode.attributeValue(n, "role") == "presentation" || XMLNode.attributeValue(n, "datatable") == "0" { continue }
            if let s = XMLNode.attributeValue(n, "summary"), !s.isEmpty { rows[i].flags.insert(.dataTable); continue }
            var rowsCount = 0, columns = 0, cellsInRow = 0
            var dataLike = false, nested = false
            var j = i + 1
            let end = Int(rows[i].end)
            while j < end {
                switch rows[j].tag {
                case .caption: if rows[j].end > Int32(j + 1) || rows[j].ownText > 0 { dataLike = true }
                case .col, .colgroup, .tfoot, .thead, .th: dataLike = true
                case .table: nested = true
                case .tr:
                    columns = max(columns, cellsInRow)
                    cellsInRow = 0
                    rowsCount += Int(XMLNode.attributeValue(rows[j].node, "rowspan").flatMap { Int($0) } ?? 1)
                case .td:
                    cellsInRow += Int(XMLNode.attributeValue(rows[j].node, "colspan").flatMap { Int($0) } ?? 1)
                default: break
                }
                j += 1
            }
            columns = max(columns, cellsInRow)
            if dataLike { rows[i].flags.insert(.dataTable); continue }
            if nested { continue }
            // One column or one row: layout.
            if columns == 1 || rowsCount == 1 { continue }
            if rowsCount >= 10 || columns > 4 || rowsCount * columns > 10 { rows[i].flags.insert(.dataTable) }
        }
        for i in rows.indices {
            let p = Int(rows[i].parent)
            guard p >= 0 else { continue }
            if rows[p].flags.contains(.inDataTable) || (rows[p].tag == .table && rows[p].flags.contains(.dataTable)) {
                rows[i].flags.insert(.inDataTable)
            }
        }
    }

    /// The row of a node, if it is an element of the table.
    func row(of n: xmlNodePtr) -> Int? {
        guard let p = n.pointee._private else { return nil }
        return Int(bitPattern: p) - 1
    }

    /// Stores each row's index in its node's spare `_private` field (a dictionary keyed by pointer cost more
    /// than the rest of the walk on big pages).
    func tagNodes() {
        for i in rows.indices { rows[i].node.pointee._private = UnsafeMutableRawPointer(bitPattern: i + 1) }
    }
}

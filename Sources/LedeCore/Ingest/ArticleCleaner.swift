import Foundation

/// Cleans the chosen article of what is furniture by its content: Readability's `_prepArticle`.
///
/// Forms, tables, lists and divs that hold little prose for their links, images, list items, inputs or
/// embeds go ("conditional cleaning", skipped when the block has ten commas or more: that much punctuation
/// is prose); so do asides, footers and navigation inside the article, short share bars, title-like
/// headings with a furniture class, and lone "Advertisement" or "Loading…" lines. Removal only marks rows;
/// the measures of their ancestors are kept current, since each judgement depends on what is left.
struct ArticleCleaner {
    let extractor: ReaderModeExtractor
    let pass: ReaderModeExtractor.Pass
    var rows: [PageTable.Row] { extractor.table.rows }

    func clean(_ containers: [Int], _ removed: inout [Bool], _ m: inout ReaderModeMeasures) {
        var scratch = Scratch(count: rows.count)
        func each(_ tags: Set<HTMLTag>, reversed: Bool = true, _ body: (Int) -> Void) {
            var list: [Int] = []
            for c in containers { for i in c..<Int(rows[c].end) where tags.contains(rows[i].tag) { list.append(i) } }
            for i in reversed ? list.reversed() : list where !isRemoved(i, removed) { body(i) }
        }
        func remove(_ i: Int) {
            guard !removed[i], i != extractor.table.body else { return }
            removed[i] = true
            m.subtract(i)
        }
        each([.form, .fieldset]) { if shouldRemoveConditionally($0, removed, m, &scratch) { remove($0) } }
        each([.object, .embed, .iframe]) { if !rows[$0].flags.contains(.videoEmbed) { remove($0) } }
        each([.footer, .aside, .nav, .input, .textarea, .select, .button, .link]) { remove($0) }
        // Share bars below the top-level blocks, unless they hold real text.
        for c in containers {
            var j = c + 1
            while j < Int(rows[c].end) {
                if !removed[j], rows[j].classSignals.union(rows[j].idSignals).contains(.share), m.text[j] < 500 {
                    remove(j)
                    j = Int(rows[j].end)
                } else {
                    j += 1
                }
            }
        }
        if pass.contains(.weightClasses) {
            each([.h1, .h2]) { if extractor.classWeight($0, pass) < 0 { remove($0) } }
        }
        each([.table]) { if shouldRemoveConditionally($0, removed, m, &scratch) { remove($0) } }
        each([.ul]) { if shouldRemoveConditionally($0, removed, m, &scratch) { remove($0) } }
        each([.div]) { if shouldRemoveConditionally($0, removed, m, &scratch) { remove($0) } }
    }

    /// True when a row or one of its ancestors is removed.
    func isRemoved(_ i: Int, _ removed: [Bool]) -> Bool {
        var p = i
        while p >= 0 {
            if removed[p] { return true }
            p = Int(rows[p].parent)
        }
        return false
    }

    struct Scratch {
        var textish: [Int32]
        var heading: [Int32]
        var list: [Int32]
        init(count: Int) {
            textish = [Int32](repeating: 0, count: count)
            heading = textish
            list = textish
        }
    }

    /// What a block holds, counted over what is left of it.
    struct Contents {
        var paragraphs = 0, images = 0, listItems = 0, inputs = 0, embeds = 0
        var textishText = 0, headingText = 0, listText = 0
    }

    func contents(_ i: Int, _ removed: [Bool], _ s: inout Scratch) -> Contents {
        var c = Contents()
        // Depth counts of text-ish, heading and list ancestors below `i`: nested ones count their text again,
        // as Readability's sums over getElementsByTagName do.
        s.textish[i] = 0; s.heading[i] = 0; s.list[i] = 0
        var j = i + 1
        let end = Int(rows[i].end)
        while j < end {
            if removed[j] { j = Int(rows[j].end); continue }
            let r = rows[j]
            let p = Int(r.parent)
            let tag = r.tag
            s.textish[j] = s.textish[p] + (Self.isTextish(tag) ? 1 : 0)
            s.heading[j] = s.heading[p] + (tag.isHeading ? 1 : 0)
            s.list[j] = s.list[p] + (tag == .ul || tag == .ol ? 1 : 0)
            switch tag {
            case .p: c.paragraphs += 1
            case .img: c.images += 1
            case .li: c.listItems += 1
            case .input: c.inputs += 1
            case .object, .embed, .iframe: if !r.flags.contains(.videoEmbed) { c.embeds += 1 }
            default: break
            }
            let own = Int(r.ownText)
            if own > 0 {
                c.textishText += own * Int(s.textish[j])
                c.headingText += own * Int(s.heading[j])
                c.listText += own * Int(s.list[j])
            }
            j += 1
        }
        return c
    }

    static func isTextish(_ t: HTMLTag) -> Bool {
        switch t {
        case .span, .li, .td, .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul: return true
        default: return false
        }
    }

    func hasAncestor(_ i: Int, _ tag: HTMLTag, maxDepth: Int) -> Bool {
        var p = Int(rows[i].parent)
        var depth = 0
        while p >= 0 {
            if maxDepth > 0 && depth > maxDepth { return false }
            if rows[p].tag == tag { return true }
            p = Int(rows[p].parent)
            depth += 1
        }
        return false
    }

    func inDataTable(_ i: Int) -> Bool {
        var p = Int(rows[i].parent)
        while p >= 0 {
            if rows[p].tag == .table && rows[p].flags.contains(.dataTable) { return true }
            p = Int(rows[p].parent)
        }
        return false
    }

    func holdsDataTable(_ i: Int, _ removed: [Bool]) -> Bool {
        var j = i + 1
        while j < Int(rows[i].end) {
            if removed[j] { j = Int(rows[j].end); continue }
            if rows[j].tag == .table && rows[j].flags.contains(.dataTable) { return true }
            j += 1
        }
        return false
    }

    static let adWords: Set<String> = ["ad", "advertising", "advertisement", "pub", "publicité", "werbung", "广告",
                                       "реклама", "anuncio", "anzeige", "publicidad", "annonce", "pubblicità"]
    static let loadingWords: Set<String> = ["loading", "正在加载", "загрузка", "chargement", "cargando"]

    /// "Advertisement" or "Loading…" alone.
    static func isAdOrLoading(_ text: String) -> Bool {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if adWords.contains(t) { return true }
        if t.hasSuffix("…") { t.removeLast() } else if t.hasSuffix("...") { t.removeLast(3) }
        return loadingWords.contains(t)
    }

    func shouldRemoveConditionally(_ i: Int, _ removed: [Bool], _ m: ReaderModeMeasures, _ s: inout Scratch) -> Bool {
        guard pass.contains(.cleanConditionally) else { return false }
        let tag = rows[i].tag
        if tag == .table && rows[i].flags.contains(.dataTable) { return false }
        if inDataTable(i) || rows[i].flags.contains(.inCode) || holdsDataTable(i, removed) { return false }
        let weight = extractor.classWeight(i, pass)
        if weight < 0 { return true }
        guard m.asciiCommas[i] < 10 else { return false }
        let c = contents(i, removed, &s)
        let length = Int(m.text[i])
        var isList = tag == .ul || tag == .ol
        if !isList, length > 0 { isList = Double(c.listText) / Double(length) > 0.9 }
        if length <= 40, Self.isAdOrLoading(XMLNode.textContent(rows[i].node, limit: 256)) {
            // The text node may still hold removed parts; only a whole ad label counts.
            return true
        }
        let linkDensity = m.linkDensity(i)
        let headingDensity = length == 0 ? 0 : Double(c.headingText) / Double(length)
        let textDensity = length == 0 ? 0 : Double(c.textishText) / Double(length)
        let isFigureChild = hasAncestor(i, .figure, maxDepth: 3)
        let li = c.listItems - 100
        var remove = false
        if !isFigureChild && c.images > 1 && Double(c.paragraphs) / Double(c.images) < 0.5 { remove = true }
        if !isList && li > c.paragraphs { remove = true }
        if c.inputs > c.paragraphs / 3 { remove = true }
        if !isList && !isFigureChild && headingDensity < 0.9 && length < 25 && (c.images == 0 || c.images > 2)
            && linkDensity > 0 { remove = true }
        if !isList && weight < 25 && linkDensity > 0.2 { remove = true }
        if weight >= 25 && linkDensity > 0.5 { remove = true }
        if (c.embeds == 1 && length < 75) || c.embeds > 1 { remove = true }
        if c.images == 0 && textDensity == 0 { remove = true }
        if isList && remove {
            // A list of pictures, one per item, stays.
            var j = i + 1
            while j < Int(rows[i].end) {
                if !removed[j], extractor.childCount(j, removed) > 1 { return true }
                j = Int(rows[j].end)
            }
            if c.images == c.listItems { return false }
        }
        return remove
    }
}

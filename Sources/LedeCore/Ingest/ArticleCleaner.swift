import Foundation

/// Cleans the chosen article of what is furniture by its content: Readability's `_prepArticle`.
///
/// Forms, tables, lists and divs that hold little prose for their links, images, list items, inputs or
/// embeds go ("conditional cleaning", skipped when the block has ten commas or more: that much punctuation
/// is prose); so do asides, footers and navigation inside the article, short share bars, title-like
/// headings with a furniture class, and lone "Advertisement" or "Loading…" lines.
///
/// Each judgement depends on what is left below the element, so each kind of element is judged in one sweep
/// from the end of the article to its start: an element's descendants are judged and summed before it is.
/// Removing marks the whole subtree. Every step is linear in the article's size, however deep it nests.
struct ArticleCleaner {
    let extractor: ReaderModeExtractor
    let pass: ReaderModeExtractor.Pass
    var rows: [PageTable.Row] { extractor.table.rows }

    /// What is left below each row, summed bottom-up.
    struct Sums {
        var text: [Int32], link: [Float], asciiCommas: [Int32]
        var paragraphs: [Int32], images: [Int32], listItems: [Int32], inputs: [Int32], embeds: [Int32]
        /// Text inside text-ish, heading and list descendants, nested ones counted again (as Readability's
        /// sums over `getElementsByTagName` count them).
        var textish: [Int64], heading: [Int64], list: [Int64]
        var dataTableBelow: [Bool]
        var videoBelow: [Bool]

        init(count n: Int) {
            text = [Int32](repeating: 0, count: n); link = [Float](repeating: 0, count: n); asciiCommas = text
            paragraphs = text; images = text; listItems = text; inputs = text; embeds = text
            textish = [Int64](repeating: 0, count: n); heading = textish; list = textish
            dataTableBelow = [Bool](repeating: false, count: n)
            videoBelow = dataTableBelow
        }

        func linkDensity(_ i: Int) -> Double { text[i] == 0 ? 0 : Double(link[i]) / Double(text[i]) }
    }

    /// Cleans the containers and returns the length of the text left in them.
    func clean(_ containers: [Int], _ removed: inout [Bool]) -> Int {
        var s = Sums(count: rows.count)
        let body = extractor.table.body

        func removeSubtree(_ i: Int) {
            var j = i
            let end = Int(rows[i].end)
            while j < end {
                if removed[j] { j = Int(rows[j].end); continue }
                removed[j] = true
                j += 1
            }
        }
        /// Removes every element of the given tags (with its subtree), in document order.
        func removeAll(where test: (Int) -> Bool) {
            for c in containers {
                var j = c
                while j < Int(rows[c].end) {
                    if removed[j] { j = Int(rows[j].end); continue }
                    if j != body && test(j) { removeSubtree(j); j = Int(rows[j].end) } else { j += 1 }
                }
            }
        }
        /// One bottom-up sweep; rows of `judged` tags are judged once their descendants are summed.
        func sweep(_ judged: Set<HTMLTag>, _ decide: (Int, Sums) -> Bool) {
            for c in containers {
                let end = Int(rows[c].end)
                var j = end - 1
                while j >= c {
                    if removed[j] { j -= 1; continue }
                    let r = rows[j]
                    s.text[j] += r.ownText
                    s.link[j] += Float(r.ownText) * r.linkWeight
                    s.asciiCommas[j] += r.ownASCIICommas
                    // A div standing for its one paragraph is gone from Readability's tree by now.
                    if judged.contains(r.tag), j != body, !r.flags.contains(.collapsed), decide(j, s) {
                        removeSubtree(j)
                        j -= 1
                        continue
                    }
                    let p = Int(r.parent)
                    if j != c && p >= 0 { add(j, into: p) }
                    j -= 1
                }
            }
        }
        func add(_ j: Int, into p: Int) {
            let tag = rows[j].tag
            s.text[p] += s.text[j]; s.link[p] += s.link[j]; s.asciiCommas[p] += s.asciiCommas[j]
            s.paragraphs[p] += s.paragraphs[j] + (tag == .p ? 1 : 0)
            s.images[p] += s.images[j] + (tag == .img ? 1 : 0)
            s.listItems[p] += s.listItems[j] + (tag == .li ? 1 : 0)
            s.inputs[p] += s.inputs[j] + (tag == .input ? 1 : 0)
            let embed = (tag == .object || tag == .embed || tag == .iframe) && !rows[j].flags.contains(.videoEmbed)
            s.embeds[p] += s.embeds[j] + (embed ? 1 : 0)
            let t = Int64(s.text[j])
            let present = !rows[j].flags.contains(.collapsed)
            s.textish[p] += s.textish[j] + (present && Self.isTextish(tag) ? t : 0)
            s.heading[p] += s.heading[j] + (tag.isHeading ? t : 0)
            s.list[p] += s.list[j] + (tag == .ul || tag == .ol ? t : 0)
            if s.dataTableBelow[j] || (tag == .table && rows[j].flags.contains(.dataTable)) { s.dataTableBelow[p] = true }
            if s.videoBelow[j] || rows[j].flags.contains(.videoEmbed) { s.videoBelow[p] = true }
        }
        func reset() {
            for c in containers {
                for j in c..<Int(rows[c].end) {
                    s.text[j] = 0; s.link[j] = 0; s.asciiCommas[j] = 0; s.paragraphs[j] = 0; s.images[j] = 0
                    s.listItems[j] = 0; s.inputs[j] = 0; s.embeds[j] = 0; s.textish[j] = 0; s.heading[j] = 0
                    s.list[j] = 0; s.dataTableBelow[j] = false; s.videoBelow[j] = false
                }
            }
        }
        func conditionally(_ tags: Set<HTMLTag>) {
            guard pass.contains(.cleanConditionally) else { return }
            reset()
            sweep(tags) { j, s in shouldRemoveConditionally(j, s, removed) }
        }

        conditionally([.form, .fieldset])
        removeAll { [.object, .embed, .iframe].contains(rows[$0].tag) && !rows[$0].flags.contains(.videoEmbed) }
        removeAll { [.footer, .aside, .nav, .input, .textarea, .select, .button, .link].contains(rows[$0].tag) }
        // Share bars below the top-level blocks, unless they hold real text.
        reset(); sweep([]) { _, _ in false }
        let tops = Set(containers)
        removeAll {
            !tops.contains($0) && !rows[$0].flags.contains(.collapsed)
                && rows[$0].classSignals.union(rows[$0].idSignals).contains(.share) && s.text[$0] < 500
        }
        if pass.contains(.weightClasses) {
            removeAll { (rows[$0].tag == .h1 || rows[$0].tag == .h2) && extractor.classWeight($0, pass) < 0 }
        }
        conditionally([.table])
        conditionally([.ul])
        conditionally([.div])
        reset(); sweep([]) { _, _ in false }
        return containers.reduce(0) { $0 + (removed[$1] ? 0 : Int(s.text[$1])) }
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
        while p >= 0, depth <= maxDepth {
            if rows[p].tag == tag { return true }
            p = Int(rows[p].parent)
            depth += 1
        }
        return false
    }

    static let adWords: Set<String> = ["ad", "ads", "advertising", "advertisement", "pub", "publicité", "werbung",
                                       "广告", "реклама", "anuncio", "anzeige", "publicidad", "annonce", "pubblicità"]
    static let loadingWords: Set<String> = ["loading", "正在加载", "загрузка", "chargement", "cargando"]

    /// "Advertisement" or "Loading…" alone.
    static func isAdOrLoading(_ text: String) -> Bool {
        var t = SpaceTrim.trimmed(text).lowercased()
        if adWords.contains(t) { return true }
        if t.hasSuffix("…") { t.removeLast() } else if t.hasSuffix("...") { t.removeLast(3) }
        return loadingWords.contains(t)
    }

    func shouldRemoveConditionally(_ i: Int, _ s: Sums, _ removed: [Bool]) -> Bool {
        let tag = rows[i].tag
        if tag == .table && rows[i].flags.contains(.dataTable) { return false }
        if rows[i].flags.contains(.inDataTable) || rows[i].flags.contains(.inCode) || s.dataTableBelow[i] { return false }
        let weight = extractor.classWeight(i, pass)
        if weight < 0 { return true }
        guard s.asciiCommas[i] < 10 else { return false }
        // A block holding a video player from a known host stays.
        if s.videoBelow[i] { return false }
        let length = Int(s.text[i])
        var isList = tag == .ul || tag == .ol
        if !isList, length > 0 { isList = Double(s.list[i]) / Double(length) > 0.9 }
        // A label alone; only small subtrees are read, so a deep page costs nothing here.
        if length <= 40, Int(rows[i].end) - i <= 64, Self.isAdOrLoading(XMLNode.textContent(rows[i].node, limit: 256)) {
            return true
        }
        let images = Int(s.images[i]), paragraphs = Int(s.paragraphs[i]), items = Int(s.listItems[i])
        let linkDensity = s.linkDensity(i)
        let headingDensity = length == 0 ? 0 : Double(s.heading[i]) / Double(length)
        let textDensity = length == 0 ? 0 : Double(s.textish[i]) / Double(length)
        let isFigureChild = hasAncestor(i, .figure, maxDepth: 3)
        var remove = false
        if !isFigureChild && images > 1 && Double(paragraphs) / Double(images) < 0.5 { remove = true }
        if !isList && items - 100 > paragraphs { remove = true }
        if Int(s.inputs[i]) > paragraphs / 3 { remove = true }
        if !isList && !isFigureChild && headingDensity < 0.9 && length < 25 && (images == 0 || images > 2)
            && linkDensity > 0 { remove = true }
        if !isList && weight < 25 && linkDensity > 0.2 { remove = true }
        if weight >= 25 && linkDensity > 0.5 { remove = true }
        let embeds = Int(s.embeds[i])
        if (embeds == 1 && length < 75) || embeds > 1 { remove = true }
        if images == 0 && textDensity == 0 { remove = true }
        if isList && remove {
            // A list of pictures, one per item, stays.
            for child in extractor.children(i, removed) where extractor.childCount(child, removed) > 1 { return true }
            if images == items { return false }
        }
        return remove
    }
}

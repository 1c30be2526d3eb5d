import Glibc

/// Reader mode: finds the main article of a prepared page (see `ReaderModePrep`) in its element table.
///
/// The method is Mozilla Readability's. Every paragraph of 25 characters or more scores its five nearest
/// ancestors (more for longer text and more commas, divided by the distance); class and id words add or take
/// 25; the score is discounted by the link density; the best candidate may give way to an ancestor that
/// several near-best candidates share or that scores higher; its siblings that read as article text join it
/// (content split by ads or pictures); the result is cleaned of furniture judged by its content (link
/// density, images, lists, inputs, embeds) and class weight. The first attempt also drops elements whose
/// class or id names furniture before scoring; an attempt whose text is under 500 characters is retried
/// with that filter off, then without class weights, then without cleaning, and the longest result wins.
///
/// Class and id names are read as whole words (`ClassNameSignals`). Nothing here knows particular sites.
struct ReaderModeExtractor {
    struct Attempt {
        /// The article's top-level elements, in document order.
        var containers: [Int]
        /// Rows left out of the article (with their subtrees).
        var removed: [Bool]
        var textLength: Int
        /// The byline Readability takes out of the article: left out of the measures, but shown (marked as
        /// a byline) where it stands, since it often carries the date.
        var byline: Int?
    }

    struct Pass: OptionSet {
        let rawValue: UInt8
        static let stripUnlikely = Pass(rawValue: 1)
        static let weightClasses = Pass(rawValue: 2)
        static let cleanConditionally = Pass(rawValue: 4)
        static let strict: Pass = [.stripUnlikely, .weightClasses, .cleanConditionally]
    }

    let table: PageTable
    let title: String?
    /// Whether the page's byline element comes out of the measures (not when the metadata names the author).
    var findsByline = true
    /// Text of each row before anything is removed.
    let fullText: [Int32]
    /// Prose below each row: the text of paragraphs of 80 characters or more that are not mostly links.
    let prose: [Int32]
    /// Whether an `<h1>` is below each row.
    let h1Below: [Bool]
    static let charThreshold = 500
    static let topCandidates = 5

    init(table: PageTable, title: String?) {
        self.table = table
        self.title = title
        var t = [Int32](repeating: 0, count: table.rows.count)
        for i in table.rows.indices.reversed() {
            t[i] += table.rows[i].ownText
            let p = Int(table.rows[i].parent)
            if p >= 0 { t[p] += t[i] }
        }
        fullText = t
        let all = ReaderModeMeasures(table: table, removed: [Bool](repeating: false, count: table.rows.count))
        var pr = [Int32](repeating: 0, count: table.rows.count)
        var h1 = [Bool](repeating: false, count: table.rows.count)
        for i in table.rows.indices.reversed() {
            let r = table.rows[i]
            if (r.tag == .p || r.tag == .pre) && t[i] >= 80 && all.linkDensity(i) < 0.25 { pr[i] = t[i] }
            if r.tag == .h1 { h1[i] = true }
            let p = Int(r.parent)
            if p >= 0 {
                pr[p] += pr[i]
                if h1[i] { h1[p] = true }
            }
        }
        prose = pr
        h1Below = h1
    }

    /// An element that holds most of the page's prose, and its headline if it has one, is the article or its
    /// ancestor whatever its class says ("pagination-first", "header-wrap"): its name does not remove it.
    func holdsTheArticle(_ i: Int) -> Bool {
        let root = 0
        let total = prose[root]
        guard total >= 300, Double(prose[i]) >= 0.6 * Double(total) else { return false }
        return !h1Below[root] || h1Below[i]
    }

    var rows: [PageTable.Row] { table.rows }

    /// The article: the first attempt long enough, else the longest one.
    func extract() -> Attempt {
        guard !rows.isEmpty else { return Attempt(containers: [], removed: [], textLength: 0, byline: nil) }
        var pass = Pass.strict
        var attempts: [Attempt] = []
        while true {
            let a = attempt(pass)
            if debugging { debugPrint("attempt", pass.rawValue, a.textLength, a.containers.map { describe($0) }) }
            if a.textLength >= Self.charThreshold { return a }
            attempts.append(a)
            if pass.contains(.stripUnlikely) { pass.remove(.stripUnlikely) }
            else if pass.contains(.weightClasses) { pass.remove(.weightClasses) }
            else if pass.contains(.cleanConditionally) { pass.remove(.cleanConditionally) }
            else { break }
        }
        // max(by:) keeps the last of equals; the earliest (strictest) of equally long attempts is wanted.
        var best = attempts[0]
        for a in attempts.dropFirst() where a.textLength > best.textLength { best = a }
        return best
    }

    // MARK: One attempt

    var debugging: Bool { getenv("LEDE_READER_DEBUG") != nil }
    func describe(_ i: Int) -> String {
        let r = rows[i]
        return "\(i):\(r.tag)" + (XMLNode.attributeValue(r.node, "class").map { ".\($0)" } ?? "") + (XMLNode.attributeValue(r.node, "id").map { "#\($0)" } ?? "")
    }

    func attempt(_ pass: Pass) -> Attempt {
        var (removed, byline) = initialRemovals(pass)
        let m = Measures(table: table, removed: removed)

        // Score paragraphs into their ancestors.
        var score = [Double](repeating: 0, count: rows.count)
        var isCandidate = [Bool](repeating: false, count: rows.count)
        var candidates: [Int] = []
        for i in rows.indices where !removed[i] && Self.scoredTags.contains(rows[i].tag) && !rows[i].flags.contains(.collapsed) {
            let length = Int(m.text[i])
            guard length >= 25 else { continue }
            let contentScore = 1 + Double(m.commas[i] + 1) + Double(min(length / 100, 3))
            var level = 0
            var a = parent(i)
            while a >= 0, level < 5 {
                guard rows[a].parent >= 0 else { break }  // the root element is no candidate
                if !isCandidate[a] {
                    isCandidate[a] = true
                    score[a] = Self.tagBonus(rows[a].tag) + classWeight(a, pass)
                    candidates.append(a)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[a] += contentScore / divider
                a = parent(a)
                level += 1
            }
        }
        var top: [Int] = []
        for c in candidates {
            score[c] *= 1 - m.linkDensity(c)
            if let k = top.firstIndex(where: { score[c] > score[$0] }) {
                top.insert(c, at: k)
                if top.count > Self.topCandidates { top.removeLast() }
            } else if top.count < Self.topCandidates {
                top.append(c)
            }
        }

        if debugging { debugPrint("top", top.map { (describe($0), score[$0]) }) }
        var containers: [Int]
        let body = table.body
        if let first = top.first, rows[first].tag != .body {
            var best = first
            best = sharedAncestor(best, top, score)
            if !isCandidate[best] { isCandidate[best] = true; score[best] = Self.tagBonus(rows[best].tag) + classWeight(best, pass) }
            best = risingParent(best, score, isCandidate)
            // An only child gives way to its parent, so its parent's siblings can join.
            var p = parent(best)
            while p >= 0, p != body, rows[p].parent >= 0, childCount(p, removed) == 1 {
                best = p
                p = parent(best)
            }
            if !isCandidate[best] { isCandidate[best] = true; score[best] = Self.tagBonus(rows[best].tag) + classWeight(best, pass) }
            containers = joinSiblings(best, score, isCandidate, removed, m)
        } else {
            containers = [body]
        }

        let length = ArticleCleaner(extractor: self, pass: pass).clean(containers, &removed)
        return Attempt(containers: containers.filter { !removed[$0] }, removed: removed, textLength: length, byline: byline)
    }

    static let scoredTags: Set<HTMLTag> = [.section, .h2, .h3, .h4, .h5, .h6, .p, .td, .pre]

    /// Removals made while walking the page: the byline, the heading that repeats the title, and (first
    /// attempt) elements whose class, id or role names furniture; empty wrappers.
    func initialRemovals(_ pass: Pass) -> ([Bool], Int?) {
        var removed = [Bool](repeating: false, count: rows.count)
        var byline: Int?
        var titleHeadingFound = title == nil
        for i in rows.indices {
            let r = rows[i]
            if r.parent >= 0 && removed[Int(r.parent)] { removed[i] = true; continue }
            if r.tag.isNeverContent || r.flags.contains(.alwaysFurniture) { removed[i] = true; continue }
            let names = r.classSignals.union(r.idSignals)
            if findsByline, byline == nil, r.flags.contains(.authorLink) || names.contains(.byline), fullText[i] > 0, fullText[i] < 100 {
                byline = i
                removed[i] = true
                continue
            }
            if !titleHeadingFound, r.tag == .h1 || r.tag == .h2, let title,
               TitleSimilarity.similarity(title, XMLNode.textContent(r.node, limit: 4096)) > 0.75 {
                titleHeadingFound = true
                removed[i] = true
                continue
            }
            if pass.contains(.stripUnlikely) {
                if names.contains(.unlikely), !names.contains(.maybeCandidate), !r.flags.contains(.inTable),
                   !r.flags.contains(.inCode), r.tag != .body, r.tag != .a, !holdsTheArticle(i) {
                    removed[i] = true
                    continue
                }
                if r.flags.contains(.unlikelyRole), !holdsTheArticle(i) { removed[i] = true; continue }
            }
            if r.tag == .div || r.tag == .section || r.tag == .header || r.tag.isHeading, fullText[i] == 0,
               onlyBreaksInside(i) {
                removed[i] = true
            }
        }
        return (removed, byline)
    }

    func onlyBreaksInside(_ i: Int) -> Bool {
        var j = i + 1
        while j < Int(rows[i].end) {
            if rows[j].tag != .br && rows[j].tag != .hr { return false }
            j = Int(rows[j].end)
        }
        return true
    }

    /// The parent row, passing over divs that stand for their one paragraph.
    func parent(_ i: Int) -> Int {
        var p = Int(rows[i].parent)
        while p >= 0, rows[p].flags.contains(.collapsed) { p = Int(rows[p].parent) }
        return p
    }

    /// Element children, a collapsed div counted as its paragraph.
    func children(_ i: Int, _ removed: [Bool]) -> [Int] {
        var out: [Int] = []
        var j = i + 1
        while j < Int(rows[i].end) {
            if !removed[j] { out.append(rows[j].flags.contains(.collapsed) ? j + 1 : j) }
            j = Int(rows[j].end)
        }
        return out
    }

    func childCount(_ i: Int, _ removed: [Bool]) -> Int {
        var n = 0
        var j = i + 1
        while j < Int(rows[i].end) {
            if !removed[j] { n += 1; if n > 1 { return n } }
            j = Int(rows[j].end)
        }
        return n
    }

    func ancestors(_ i: Int) -> [Int] {
        var out: [Int] = []
        var p = parent(i)
        while p >= 0 { out.append(p); p = parent(p) }
        return out
    }

    /// When three or more near-best candidates (75% of the best score) share an ancestor with the best one,
    /// that ancestor holds the article.
    func sharedAncestor(_ best: Int, _ top: [Int], _ score: [Double]) -> Int {
        let near = top.dropFirst().filter { score[best] != 0 && score[$0] / score[best] >= 0.75 }.map { Set(ancestors($0)) }
        guard near.count >= 3 else { return best }
        var p = parent(best)
        while p >= 0, p != table.body {
            if near.filter({ $0.contains(p) }).count >= 3 { return p }
            p = parent(p)
        }
        return best
    }

    /// A parent scoring more than the candidate (without falling under a third of it on the way) wins.
    func risingParent(_ start: Int, _ score: [Double], _ isCandidate: [Bool]) -> Int {
        var p = parent(start)
        var last = score[start]
        let threshold = last / 3
        while p >= 0, p != table.body {
            if !isCandidate[p] { p = parent(p); continue }
            if score[p] < threshold { break }
            if score[p] > last { return p }
            last = score[p]
            p = parent(p)
        }
        return start
    }

    /// The best candidate and its siblings that score well enough or are paragraphs of prose.
    func joinSiblings(_ best: Int, _ score: [Double], _ isCandidate: [Bool], _ removed: [Bool], _ m: Measures) -> [Int] {
        let p = parent(best)
        guard p >= 0 else { return [best] }
        let threshold = max(10, score[best] * 0.2)
        var out: [Int] = []
        let siblings = children(p, removed)
        for s in siblings {
            if s == best { out.append(s); continue }
            var bonus = 0.0
            if rows[best].classHash != 0 && rows[s].classHash == rows[best].classHash { bonus = score[best] * 0.2 }
            if isCandidate[s] && score[s] + bonus >= threshold { out.append(s); continue }
            if rows[s].tag == .p {
                let ld = m.linkDensity(s)
                let length = Int(m.text[s])
                if length > 80 && ld < 0.25 { out.append(s) }
                else if length < 80 && length > 0 && ld == 0 && Self.hasSentenceStop(XMLNode.textContent(rows[s].node, limit: 2048)) {
                    out.append(s)
                }
            }
        }
        return withSectionHeadings(out, siblings)
    }

    /// Section headings between the joined blocks, and those just before the first, belong to the article
    /// (Readability leaves them out when the sections are sibling containers).
    func withSectionHeadings(_ joined: [Int], _ siblings: [Int]) -> [Int] {
        guard let first = joined.first, let last = joined.last,
              let a = siblings.firstIndex(of: first), let b = siblings.lastIndex(of: last) else { return joined }
        var keep = Set(joined)
        var k = a - 1
        while k >= 0, let level = rows[siblings[k]].tag.headingLevel, level > 1 { keep.insert(siblings[k]); k -= 1 }
        for s in siblings[a...b] where (rows[s].tag.headingLevel ?? 1) > 1 { keep.insert(s) }
        return siblings.filter { keep.contains($0) }
    }

    /// A full stop followed by a space or the end (Readability's `/\.( |$)/`).
    static func hasSentenceStop(_ s: String) -> Bool {
        let u = Array(s.utf8)
        for (k, b) in u.enumerated() where b == 0x2E {
            if k + 1 == u.count || u[k + 1] == 0x20 { return true }
        }
        return false
    }

    static func tagBonus(_ tag: HTMLTag) -> Double {
        switch tag {
        case .div: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }

    /// ±25 for the class, ±25 for the id.
    func classWeight(_ i: Int, _ pass: Pass) -> Double {
        guard pass.contains(.weightClasses) else { return 0 }
        var w = 0.0
        for s in [rows[i].classSignals, rows[i].idSignals] {
            if s.contains(.negative) { w -= 25 }
            if s.contains(.positive) { w += 25 }
        }
        return w
    }
}

/// Text, link text and commas of every row, counting only what is not removed.
struct ReaderModeMeasures {
    var text: [Int32]
    var link: [Float]
    var commas: [Int32]
    var asciiCommas: [Int32]

    init(table: PageTable, removed: [Bool]) {
        let n = table.rows.count
        text = [Int32](repeating: 0, count: n)
        link = [Float](repeating: 0, count: n)
        commas = [Int32](repeating: 0, count: n)
        asciiCommas = [Int32](repeating: 0, count: n)
        for i in table.rows.indices.reversed() where !removed[i] {
            let r = table.rows[i]
            text[i] += r.ownText
            link[i] += Float(r.ownText) * r.linkWeight
            commas[i] += r.ownCommas
            asciiCommas[i] += r.ownASCIICommas
            let p = Int(r.parent)
            if p >= 0 {
                text[p] += text[i]; link[p] += link[i]; commas[p] += commas[i]; asciiCommas[p] += asciiCommas[i]
            }
        }
    }

    func linkDensity(_ i: Int) -> Double { text[i] == 0 ? 0 : Double(link[i]) / Double(text[i]) }
}

extension ReaderModeExtractor {
    typealias Measures = ReaderModeMeasures
}

/// Finds the structure that scraped or converted text leaves implicit: page furniture by its wording,
/// the dateline, a title line, bare-line headings and picture captions.
///
/// Works on blocks already cut (lines of plain text, paragraphs of Markdown or HTML) and only relabels them,
/// so every offset stays where it was.
enum StructureInference {
    struct Result {
        var blocks: [Block]
        var titleBlock: Int?
        var title: String?
        var published: PublicationDate?
    }

    /// - Parameters:
    ///   - inferHeadings: bare short lines followed by prose become headings (plain text only: other formats
    ///     mark their headings).
    ///   - inferTitleLine: a title-like first block becomes the title heading.
    ///   - texts: each block's text when the caller has it already (plain text builds it from UTF-8, faster).
    static func infer(_ input: [Block], text: ArticleText, inferHeadings: Bool, inferTitleLine: Bool,
                      texts given: [String]? = nil) -> Result {
        var blocks = input
        let texts = given ?? blocks.map { ScalarString.slice(text, $0.range) }
        var footerTitle: String?
        var published: PublicationDate?

        // 1. Furniture, line by line, with runs.
        var run: BoilerplateClassifier.Run?
        for i in blocks.indices where blocks[i].boilerplate == nil && blocks[i].kind != .caption {
            let t = texts[i]
            guard t.utf8.count <= 4000 else { run = nil; continue }
            let k = t.utf8.count <= BoilerplateClassifier.shortLine ? BoilerplateClassifier.key(t) : nil
            if let kind = BoilerplateClassifier.classify(t, key: k) {
                mark(&blocks[i], kind)
                if kind == .commentFooter, footerTitle == nil, let ft = BoilerplateClassifier.commentFooterTitle(t) {
                    footerTitle = ft
                }
                // Furniture inside a run (a license line in a navigation menu) keeps the run going.
                if let k, let r = BoilerplateClassifier.opensRun(key: k) { run = r }
                if kind == .byline, published == nil, let d = bylineDate(t) {
                    published = PublicationDate(date: d, source: .dateline)
                }
                continue
            }
            if let r = run, let k, BoilerplateClassifier.continues(r, t, key: k) {
                mark(&blocks[i], r.kind)
                continue
            }
            run = nil
        }

        // 2. The dateline: a date alone on one of the first lines, a labelled date, a byline's date, or a
        //    wire dateline opening the first paragraph.
        var seen = 0
        for i in blocks.indices where seen < 6 {
            if blocks[i].kind == .boilerplate && blocks[i].boilerplate != .byline { continue }
            seen += 1
            guard let (d, kind) = DatelineFinder.find(texts[i]) else { continue }
            if kind == .wireDateline && blocks[i].kind != .paragraph { continue }
            if published == nil || published?.source == .dateline {
                published = PublicationDate(date: d, source: .dateline)
            }
            let relabel = blocks[i].kind != .boilerplate && (blocks[i].kind != .heading || inferHeadings)
            if relabel && kind == .dateline { mark(&blocks[i], .dateline) }
            if relabel && kind == .byline { mark(&blocks[i], .byline) }
            break
        }
        if published == nil {
            for i in blocks.indices.prefix(4) where blocks[i].kind == .paragraph {
                if let (d, _) = DateParser.leadingDate(texts[i]) {
                    published = PublicationDate(date: d, source: .dateline)
                    break
                }
            }
        }

        // 3. A title line.
        var titleBlock: Int?
        if inferTitleLine, let first = blocks.indices.first, blocks[first].kind == .paragraph,
           blocks.count > 1, LineHeuristics.isTitleLineLike(texts[first]), !LineHeuristics.isCaption(texts[first]) {
            let next = blocks[1]
            let nextIsProse = next.kind == .boilerplate || next.kind == .caption
                || !LineHeuristics.isHeadingLike(texts[1])
            if nextIsProse {
                blocks[first].kind = .heading
                blocks[first].level = 1
                titleBlock = first
            }
        } else if !inferTitleLine, let first = blocks.firstIndex(where: { $0.kind == .heading }),
                  blocks[first].level == 1, blocks.lazy.filter({ $0.kind == .heading && $0.level == 1 }).count == 1,
                  blocks[..<first].filter({ $0.kind != .boilerplate && $0.kind != .caption }).count <= 1 {
            // The one top-level heading at the start of a marked-up document is its title, not a section.
            titleBlock = first
        }

        // 4. Captions, then bare-line headings.
        for i in blocks.indices where blocks[i].kind == .paragraph && i != titleBlock {
            if LineHeuristics.isCaption(texts[i]) { blocks[i].kind = .caption }
        }
        if inferHeadings {
            for i in blocks.indices where blocks[i].kind == .paragraph && i != titleBlock {
                guard LineHeuristics.isHeadingLike(texts[i]) else { continue }
                guard let j = blocks.indices[(i + 1)...].first(where: { blocks[$0].kind != .boilerplate }) else { continue }
                let followedByProse = blocks[j].kind == .caption
                    || (blocks[j].kind != .heading && !LineHeuristics.isHeadingLike(texts[j]))
                if followedByProse {
                    blocks[i].kind = .heading
                    blocks[i].level = 2
                }
            }
        }

        var title = footerTitle
        if title == nil, let t = titleBlock { title = TextSanitizer.singleLine(texts[t]) }
        return Result(blocks: blocks, titleBlock: titleBlock, title: title, published: published)
    }

    static func mark(_ b: inout Block, _ kind: Block.BoilerplateKind) {
        b.kind = .boilerplate
        b.level = nil
        b.boilerplate = kind
    }

    /// The date in "Posted on August 18, 2018 by admin".
    static func bylineDate(_ line: String) -> CalendarDate? {
        var s = Substring(line)
        for p in ["Posted on ", "posted on ", "Posted ", "Published on ", "Published "] where s.hasPrefix(p) {
            s = s.dropFirst(p.count)
            return DateParser.leadingDate(String(s))?.date
        }
        return nil
    }
}

import Foundation
import LedeCore

/// Everything about one document the reader looks up per frame, computed once: blocks and sections by offset,
/// highlight spans sorted for bisection, mentions per entity, panel orders. Immutable after init, apart from the
/// memoising `ReaderCache` it carries, so `ReaderState` stays a value and copies share the work.
final class DocumentIndex: @unchecked Sendable {
    let article: Article
    let analysis: Analysis?
    let scalars: [Unicode.Scalar]
    /// The article's blocks, or one paragraph of the whole text when ingestion gave none.
    let blocks: [Block]
    let blockStarts: [Int]
    /// Section index of each block (the section holding its start), -1 when none does.
    let sectionOfBlock: [Int]
    /// Highlights sorted by start: dates, figures, entity mentions.
    let spans: [HighlightSpan]
    let maxSpanLength: Int
    /// Entity mentions only, sorted by start (Tab walks these).
    let mentions: [HighlightSpan]
    let mentionStarts: [Int]
    /// Mention ranges of each entity, sorted.
    let mentionsByEntity: [[TextRange]]
    /// Per entity: mention counts by (section, boilerplate or not), so a filter change recounts in O(entities).
    let mentionCounts: [[SectionKey: Int]]
    /// Entity indices by salience (highest first), the order of the facts panel and the entity list.
    let entitiesBySalience: [Int]

    struct SectionKey: Hashable, Sendable {
        var section: Int
        var boilerplate: Bool
    }
    let cache = ReaderCache()

    init(_ document: ReaderDocument) {
        let article = document.article
        self.article = article
        self.analysis = document.analysis
        scalars = article.text.scalars
        var blocks = article.blocks.filter { $0.range.start >= 0 && $0.range.end <= article.text.count && !$0.range.isEmpty }
        blocks.sort { $0.range.start < $1.range.start }
        if blocks.isEmpty && !scalars.isEmpty {
            blocks = [Block(kind: .paragraph, range: TextRange(0, scalars.count))]
        }
        self.blocks = blocks
        blockStarts = blocks.map(\.range.start)
        let sections = article.sections
        // One merge walk (blocks and sections both by start), not a search per block: huge articles have both.
        let order = sections.indices.sorted { sections[$0].range.start < sections[$1].range.start }
        var owner: [Int] = []
        owner.reserveCapacity(blocks.count)
        var current = -1, p = 0
        for b in blocks {
            while p < order.count && sections[order[p]].range.start <= b.range.start { current = order[p]; p += 1 }
            owner.append(current)
        }
        sectionOfBlock = owner
        var spans: [HighlightSpan] = []
        var mentionsByEntity: [[TextRange]] = []
        let count = scalars.count
        func valid(_ r: TextRange) -> Bool { r.start >= 0 && r.end <= count && r.start < r.end }
        if let a = document.analysis {
            for t in a.times where valid(t.range) {
                spans.append(HighlightSpan(start: t.range.start, end: t.range.end, kind: .date, entity: -1))
            }
            for f in a.facts where f.kind == .quantity && valid(f.range) {
                spans.append(HighlightSpan(start: f.range.start, end: f.range.end, kind: .number, entity: -1))
            }
            for (i, e) in a.entities.enumerated() {
                let ms = e.mentions.map(\.range).filter(valid).sorted()
                mentionsByEntity.append(ms)
                for m in ms { spans.append(HighlightSpan(start: m.start, end: m.end, kind: .entity, entity: Int32(i))) }
            }
        }
        // Entities after dates and figures at the same start, so their colour wins when painted in order.
        spans.sort { $0.start != $1.start ? $0.start < $1.start : $0.kind.rawValue < $1.kind.rawValue }
        self.spans = spans
        maxSpanLength = spans.reduce(0) { max($0, $1.end - $1.start) }
        mentions = spans.filter { $0.kind == .entity }
        mentionStarts = mentions.map(\.start)
        self.mentionsByEntity = mentionsByEntity
        let es = document.analysis?.entities ?? []
        entitiesBySalience = es.indices.sorted {
            es[$0].salience != es[$1].salience ? es[$0].salience > es[$1].salience : $0 < $1
        }
        let sectionOwner = sectionOfBlock
        let bs = blockStarts
        let kinds = blocks.map(\.kind)
        mentionCounts = mentionsByEntity.map { ms in
            var d: [SectionKey: Int] = [:]
            for m in ms {
                let b = max(0, DocumentIndex.lastIndex(bs, atMost: m.start))
                guard b < sectionOwner.count else { continue }
                d[SectionKey(section: sectionOwner[b], boilerplate: kinds[b] == .boilerplate), default: 0] += 1
            }
            return d
        }
    }

    /// Mentions of an entity in the shown text under a filter.
    func mentionCount(_ entity: Int, _ filter: ViewFilter) -> Int {
        guard entity >= 0, entity < mentionCounts.count else { return 0 }
        var n = 0
        for (k, c) in mentionCounts[entity] {
            if k.boilerplate && !filter.showBoilerplate { continue }
            if !filter.sections.isEmpty && !filter.sections.contains(k.section) { continue }
            n += c
        }
        return n
    }

    var entities: [Entity] { analysis?.entities ?? [] }

    /// Index of the last element of a sorted array that is <= value, or -1.
    static func lastIndex(_ a: [Int], atMost value: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if a[mid] <= value { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// Index of the first element of a sorted array that is >= value (a.count when none).
    static func firstIndex(_ a: [Int], atLeast value: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if a[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The block holding an offset (or the last block starting before it).
    func block(at offset: Int) -> Int { max(0, DocumentIndex.lastIndex(blockStarts, atMost: offset)) }

    /// The section holding an offset, -1 when none.
    func section(at offset: Int) -> Int {
        guard !blocks.isEmpty else { return article.sections.isEmpty ? -1 : 0 }
        return sectionOfBlock[block(at: offset)]
    }

    /// First span index that may overlap offsets from `start` on.
    func firstSpan(overlapping start: Int) -> Int {
        var lo = 0, hi = spans.count
        let from = start - maxSpanLength
        while lo < hi {
            let mid = (lo + hi) >> 1
            if spans[mid].start < from { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The entity mention covering an offset, if any.
    func mention(at offset: Int) -> HighlightSpan? {
        var i = DocumentIndex.lastIndex(mentionStarts, atMost: offset)
        while i >= 0 {
            let m = mentions[i]
            if m.end > offset { return m }
            if offset - m.start > maxSpanLength { break }
            i -= 1
        }
        return nil
    }

    /// The sentence holding an offset, falling back to its block.
    func sentence(at offset: Int) -> TextRange {
        if let s = analysis?.sentence(containing: offset) { return s }
        guard !blocks.isEmpty else { return TextRange(0, 0) }
        return blocks[block(at: offset)].range
    }

    func text(_ r: TextRange) -> String { article.text[r] }
}

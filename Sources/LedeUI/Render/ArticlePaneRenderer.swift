import LedeCore
import LedeScreen

/// Draws the article text: wrapped lines from the anchor down, styled by block kind, with entity, date and figure
/// highlights, the selection, search hits and the marked sentence. Looks up only the spans of lines on screen.
struct ArticlePaneRenderer {
    let state: ReaderState
    var theme: Theme { state.theme }

    func draw(_ grid: inout CellGrid) {
        guard let r = state.layout.articleText, r.width > 0, r.height > 0, let g = state.geometry else { return }
        let index = state.index
        if g.isEmpty {
            let msg = index.scalars.isEmpty ? "(this article has no text)" : "(nothing to show: S clears the section filter)"
            grid.putTruncated(msg, x: r.x, y: r.y, maxX: r.x + r.width, style: theme.style(.dim))
            return
        }
        let rows = g.rows(from: state.topPosition, count: r.height)
        let text = theme.style(.text)
        let selectedEntity = state.selection.map { Int32($0.entity) } ?? -2
        let selectedMention = state.selection?.mention
        let results = state.search.results
        let current = state.search.current
        let marked = state.marked
        let typeSpecs: [StyleSpec] = [theme.spec(.person), theme.spec(.organization), theme.spec(.place), theme.spec(.group)]
        let entityTypes: [Int] = index.entities.map { e in
            switch e.type {
            case .person: return 0
            case .organization: return 1
            case .place: return 2
            case .group: return 3
            }
        }
        let dateSpec = theme.spec(.date), numberSpec = theme.spec(.number)
        let relatedSpec = theme.spec(.related), selectedSpec = theme.spec(.selected)
        let searchSpec = theme.spec(.search), currentSpec = theme.spec(.searchCurrent), markSpec = theme.spec(.mark)
        var styles: [Style] = []
        for (i, p) in rows.enumerated() {
            let lines = g.lines(p.block)
            guard p.line < lines.count else { continue }
            let line = lines[p.line]
            let block = g.block(p.block)
            let y = r.y + i
            let base: Style
            switch block.kind {
            case .heading:
                base = theme.style((block.level ?? 2) <= 1 ? .heading1 : ((block.level ?? 2) == 2 ? .heading2 : .heading3))
            case .boilerplate: base = theme.style(.boilerplate)
            case .caption: base = theme.spec(.dim).applied(to: text)
            default: base = text
            }
            var x = r.x
            switch block.kind {
            case .listItem:
                grid.put(p.line == 0 ? "• " : "  ", x: x, y: y, maxX: r.x + r.width, style: base)
                x += 2
            case .quote:
                grid.put("│ ", x: x, y: y, maxX: r.x + r.width, style: theme.style(.border))
                x += 2
            default: break
            }
            let n = line.end - line.start
            guard n > 0 else { continue }
            styles.removeAll(keepingCapacity: true)
            styles.append(contentsOf: repeatElement(base, count: n))
            func paint(_ a: Int, _ b: Int, _ spec: StyleSpec) {
                let lo = max(a, line.start) - line.start, hi = min(b, line.end) - line.start
                if lo < hi { for k in lo..<hi { styles[k] = spec.applied(to: styles[k]) } }
            }
            if let m = marked, m.start < line.end, m.end > line.start { paint(m.start, m.end, markSpec) }
            var k = index.firstSpan(overlapping: line.start)
            let spans = index.spans
            while k < spans.count && spans[k].start < line.end {
                let sp = spans[k]
                k += 1
                guard sp.end > line.start else { continue }
                switch sp.kind {
                case .date: paint(sp.start, sp.end, dateSpec)
                case .number: paint(sp.start, sp.end, numberSpec)
                case .entity:
                    let e = Int(sp.entity)
                    guard e >= 0, e < entityTypes.count else { continue }
                    paint(sp.start, sp.end, typeSpecs[entityTypes[e]])
                    if sp.entity == selectedEntity {
                        if let m = selectedMention, m.start == sp.start, m.end == sp.end {
                            paint(sp.start, sp.end, selectedSpec)
                        } else {
                            paint(sp.start, sp.end, relatedSpec)
                        }
                    }
                }
            }
            if let res = results, res.length > 0 {
                var h = DocumentIndex.firstIndex(res.starts, atLeast: line.start - res.length + 1)
                while h < res.starts.count && res.starts[h] < line.end {
                    let s0 = res.starts[h]
                    paint(s0, s0 + res.length, s0 == current ? currentSpec : searchSpec)
                    h += 1
                }
            }
            let start = line.start
            grid.put(index.scalars, from: line.start, to: line.end, x: x, y: y, maxX: r.x + r.width) { styles[$0 - start] }
        }
    }
}

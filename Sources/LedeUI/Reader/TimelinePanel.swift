import LedeCore

/// The timeline pane's lines: one per dated event, ordered by date (ISO form), with its summary.
enum TimelinePanel {
    static func rows(_ index: DocumentIndex, _ view: ArticleView) -> [PanelRow] {
        guard let a = index.analysis else { return [PanelRow([PanelSegment("analysing…", .dim)])] }
        let events = a.timeline.indices.filter { i in
            let r = a.timeline[i].range
            guard !index.blocks.isEmpty, r.start >= 0, r.start < max(1, index.scalars.count) else { return false }
            return view.shown[index.block(at: r.start)]
        }.sorted {
            let x = a.timeline[$0], y = a.timeline[$1]
            return x.date != y.date ? x.date < y.date : x.range.start < y.range.start
        }
        if events.isEmpty { return [PanelRow([PanelSegment("no dated events", .dim)])] }
        return events.map { i in
            let e = a.timeline[i]
            var date = TextSanitizer.singleLine(e.date)
            if let end = e.end, !end.isEmpty { date += "/" + TextSanitizer.singleLine(end) }
            if !e.exact { date = "~" + date }
            let pad = String(repeating: " ", count: max(1, 12 - date.count))
            return PanelRow([PanelSegment(date, .date), PanelSegment(pad + TextSanitizer.singleLine(e.summary))],
                            target: .timeline(i))
        }
    }
}

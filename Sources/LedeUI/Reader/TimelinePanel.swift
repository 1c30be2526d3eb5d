import LedeCore

extension Panel {
    static let timeline = Panel(title: "Timeline", focusAction: "focus-timeline", focusSummary: "focus the timeline",
                                focusKeys: [.character("t")], emptyMessage: "no dated events found",
                                marksCurrentSection: true, rows: { index, view, _ in TimelinePanel.rows(index, view) })
}

/// The timeline pane's lines: one per dated event, ordered by date (ISO form), with its summary.
/// Every line is built once per analysis; a filter change only picks the lines of shown blocks.
enum TimelinePanel {
    static func base(_ index: DocumentIndex) -> [(row: PanelRow, block: Int)] {
        guard let a = index.analysis, !index.blocks.isEmpty else { return [] }
        let count = index.scalars.count
        // Sort keys taken out once: comparing whole events would copy them on every comparison.
        let dates = a.timeline.map { Array($0.date.utf8) }
        let starts = a.timeline.map(\.range.start)
        let events = a.timeline.indices.filter { starts[$0] >= 0 && starts[$0] < count }
            .sorted { dates[$0] != dates[$1] ? dates[$0].lexicographicallyPrecedes(dates[$1]) : starts[$0] < starts[$1] }
        return events.map { i in
            let e = a.timeline[i]
            var date = TextSanitizer.singleLine(e.date)
            if let end = e.end, !end.isEmpty { date += "/" + TextSanitizer.singleLine(end) }
            if !e.exact { date = "~" + date }
            let pad = String(repeating: " ", count: max(1, 12 - date.count))
            let sentence = e.sentence.isEmpty ? index.sentence(at: e.range.start) : e.sentence
            let row = PanelRow([PanelSegment(date, .date), PanelSegment(pad + TextSanitizer.singleLine(e.summary))],
                               target: .sentence(sentence, label: e.date + " · event"))
            return (row, index.block(at: e.range.start))
        }
    }

    static func rows(_ index: DocumentIndex, _ view: ArticleView) -> [PanelRow] {
        guard index.analysis != nil else { return [PanelRow([PanelSegment("analysing…", .dim)])] }
        let all = index.cache.memo("timeline.base") { TimelinePanel.base(index) }
        let rows = all.filter { view.shown[$0.block] }.map(\.row)
        return rows.isEmpty ? [PanelRow([PanelSegment("no dated events", .dim)])] : rows
    }
}

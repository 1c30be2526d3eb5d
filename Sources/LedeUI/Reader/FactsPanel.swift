import Foundation
import LedeCore

extension Panel {
    static let facts = Panel(title: "Facts", focusAction: "focus-facts", focusSummary: "focus the facts panel",
                             focusKeys: [.character("f")], emptyMessage: "no facts found", marksCurrentSection: false,
                             rows: FactsPanel.rows)
}

/// The facts panel's lines: People (with roles), Organisations, Places, Groups, then Figures, Sources and Quotes.
/// Entities are ordered by salience and counted within the shown sections.
///
/// The text of every line is built once per analysis (`Base`); a filter change only picks lines and recounts,
/// so toggling sections on a huge article stays cheap.
enum FactsPanel {
    /// Lines before filtering.
    struct Base: Sendable {
        /// Per entity: its name segment and its role lines.
        var names: [PanelSegment] = []
        var roles: [[PanelRow]] = []
        /// Figures, sources and quotes with the block their fact starts in, and a key to drop repeated sources.
        var figures: [(row: PanelRow, block: Int)] = []
        var sources: [(row: PanelRow, block: Int, key: String)] = []
        var quotes: [(row: PanelRow, block: Int)] = []
    }

    static func base(_ index: DocumentIndex) -> Base {
        var b = Base()
        guard let a = index.analysis else { return b }
        for (i, e) in a.entities.enumerated() {
            b.names.append(PanelSegment(TextSanitizer.singleLine(e.name), Theme.element(for: e.type)))
            var roles: [PanelRow] = []
            if e.type == .person {
                var seen = Set<String>()
                for r in e.roles {
                    var text = TextSanitizer.singleLine(r.role)
                    if let of = r.of, !of.isEmpty { text += ", " + TextSanitizer.singleLine(of) }
                    guard seen.insert(text.lowercased()).inserted else { continue }
                    // Role lines belong to the person above them; the cursor skips them.
                    roles.append(PanelRow([PanelSegment("  " + text, .dim)]))
                }
            }
            b.roles.append(roles)
        }
        let count = index.scalars.count
        for f in a.facts where f.range.start >= 0 && f.range.start < count && !index.blocks.isEmpty {
            let block = index.block(at: f.range.start)
            let target = PanelTarget.sentence(f.sentence.isEmpty ? index.sentence(at: f.range.start) : f.sentence,
                                              label: "\(f.kind.rawValue) · " + index.text(f.range))
            switch f.kind {
            case .quantity:
                let figure = TextSanitizer.singleLine(index.text(f.range))
                var segs = [PanelSegment(figure, .number)]
                var about: [String] = []
                if let w = f.what, !w.isEmpty, !figure.lowercased().contains(w.lowercased()) { about.append(w) }
                if let act = f.action, !act.isEmpty { about.append(act) }
                if !about.isEmpty { segs.append(PanelSegment(" " + TextSanitizer.singleLine(about.joined(separator: ", ")))) }
                b.figures.append((PanelRow(segs, target: target), block))
            case .attribution:
                let name = TextSanitizer.singleLine(f.source ?? index.text(f.range))
                b.sources.append((PanelRow([PanelSegment(name)], target: target), block, name.lowercased()))
            case .quote:
                var q = TextSanitizer.singleLine(f.quote ?? index.text(f.range))
                if !q.hasPrefix("“") && !q.hasPrefix("\"") { q = "“" + q + "”" }
                var segs = [PanelSegment(q)]
                if let sp = f.speaker ?? f.source, !sp.isEmpty {
                    segs.append(PanelSegment(" — " + TextSanitizer.singleLine(sp), .dim))
                }
                b.quotes.append((PanelRow(segs, target: target), block))
            case .role:
                continue
            }
        }
        return b
    }

    static func rows(_ index: DocumentIndex, _ view: ArticleView, _ filter: ViewFilter) -> [PanelRow] {
        guard let a = index.analysis else { return [PanelRow([PanelSegment("analysing…", .dim)])] }
        let base = index.cache.memo("facts.base") { FactsPanel.base(index) }
        var rows: [PanelRow] = []
        let groups: [(EntityType, String)] = [(.person, "People"), (.organization, "Organisations"),
                                              (.place, "Places"), (.group, "Groups")]
        let order = index.entitiesBySalience
        for (type, title) in groups {
            var group: [PanelRow] = []
            for i in order where a.entities[i].type == type {
                let count = index.mentionCount(i, filter)
                guard count > 0 else { continue }
                group.append(PanelRow([base.names[i], PanelSegment(" \(count)", .dim)], target: .entity(i)))
                group.append(contentsOf: base.roles[i])
            }
            if !group.isEmpty {
                rows.append(PanelRow([PanelSegment(title, .title)]))
                rows.append(contentsOf: group)
            }
        }
        let figures = base.figures.filter { view.shown[$0.block] }.map(\.row)
        var seen = Set<String>()
        let sources = base.sources.filter { view.shown[$0.block] && seen.insert($0.key).inserted }.map(\.row)
        let quotes = base.quotes.filter { view.shown[$0.block] }.map(\.row)
        for (title, list) in [("Figures", figures), ("Sources", sources), ("Quotes", quotes)] where !list.isEmpty {
            rows.append(PanelRow([PanelSegment(title, .title)]))
            rows.append(contentsOf: list)
        }
        if rows.isEmpty { rows.append(PanelRow([PanelSegment("no facts found", .dim)])) }
        return rows
    }
}

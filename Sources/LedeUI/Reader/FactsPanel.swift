import Foundation
import LedeCore

/// The facts panel's lines: People (with roles), Organisations, Places, Groups, then Figures, Sources and Quotes.
/// Entities are ordered by salience and counted within the shown sections.
enum FactsPanel {
    static func rows(_ index: DocumentIndex, _ view: ArticleView, _ filter: ViewFilter) -> [PanelRow] {
        guard let a = index.analysis else { return [PanelRow([PanelSegment("analysing…", .dim)])] }
        func shown(_ r: TextRange) -> Bool {
            guard !index.blocks.isEmpty else { return false }
            return view.shown[index.block(at: r.start)]
        }
        var rows: [PanelRow] = []
        let groups: [(EntityType, String)] = [(.person, "People"), (.organization, "Organisations"),
                                              (.place, "Places"), (.group, "Groups")]
        let order = index.entitiesBySalience
        for (type, title) in groups {
            var group: [PanelRow] = []
            for i in order where a.entities[i].type == type {
                let e = a.entities[i]
                let count = index.mentionCount(i, filter)
                guard count > 0 else { continue }
                group.append(PanelRow([PanelSegment(TextSanitizer.singleLine(e.name), Theme.element(for: type)),
                                       PanelSegment(" \(count)", .dim)], target: .entity(i)))
                if type == .person {
                    var seen = Set<String>()
                    for r in e.roles {
                        var text = TextSanitizer.singleLine(r.role)
                        if let of = r.of, !of.isEmpty { text += ", " + TextSanitizer.singleLine(of) }
                        guard seen.insert(text.lowercased()).inserted else { continue }
                        group.append(PanelRow([PanelSegment("  " + text, .dim)], target: .entity(i)))
                    }
                }
            }
            if !group.isEmpty {
                rows.append(PanelRow([PanelSegment(title, .title)]))
                rows.append(contentsOf: group)
            }
        }
        var figures: [PanelRow] = [], sources: [PanelRow] = [], quotes: [PanelRow] = []
        var seenSources = Set<String>()
        for (i, f) in a.facts.enumerated() where shown(f.range) {
            switch f.kind {
            case .quantity:
                let figure = TextSanitizer.singleLine(index.text(f.range))
                var segs = [PanelSegment(figure, .number)]
                var about: [String] = []
                if let w = f.what, !w.isEmpty, !figure.lowercased().contains(w.lowercased()) { about.append(w) }
                if let act = f.action, !act.isEmpty { about.append(act) }
                if !about.isEmpty { segs.append(PanelSegment(" " + TextSanitizer.singleLine(about.joined(separator: ", ")))) }
                figures.append(PanelRow(segs, target: .fact(i)))
            case .attribution:
                let name = TextSanitizer.singleLine(f.source ?? index.text(f.range))
                guard seenSources.insert(name.lowercased()).inserted else { continue }
                sources.append(PanelRow([PanelSegment(name)], target: .fact(i)))
            case .quote:
                var q = TextSanitizer.singleLine(f.quote ?? index.text(f.range))
                if !q.hasPrefix("“") && !q.hasPrefix("\"") { q = "“" + q + "”" }
                var segs = [PanelSegment(q)]
                if let sp = f.speaker ?? f.source, !sp.isEmpty { segs.append(PanelSegment(" — " + TextSanitizer.singleLine(sp), .dim)) }
                quotes.append(PanelRow(segs, target: .fact(i)))
            case .role:
                continue
            }
        }
        for (title, list) in [("Figures", figures), ("Sources", sources), ("Quotes", quotes)] where !list.isEmpty {
            rows.append(PanelRow([PanelSegment(title, .title)]))
            rows.append(contentsOf: list)
        }
        if rows.isEmpty { rows.append(PanelRow([PanelSegment("no facts found", .dim)])) }
        return rows
    }
}

import LedeCore

/// Selecting entities: Tab through mentions in reading order, `*`/`#` through one entity's mentions.
extension ReaderState {
    mutating func selectMention(forward: Bool) {
        let ms = index.mentions
        guard !ms.isEmpty else {
            message = document.analysis == nil ? "the analysis is still running" : "no entities in this article"
            return
        }
        focus = .article
        let from: Int
        if let m = selection?.mention, isOnScreen(m.start) {
            from = forward ? m.start + 1 : m.start - 1
        } else {
            let r = visibleRange
            from = forward ? r.lowerBound : r.upperBound - 1
        }
        var i = forward ? DocumentIndex.firstIndex(index.mentionStarts, atLeast: from)
            : DocumentIndex.lastIndex(index.mentionStarts, atMost: from)
        while i >= 0 && i < ms.count && !isShown(ms[i].start) { i += forward ? 1 : -1 }
        guard i >= 0 && i < ms.count else {
            message = forward ? "no more entities below" : "no more entities above"
            return
        }
        let m = ms[i]
        selection = Selection(entity: Int(m.entity), mention: TextRange(m.start, m.end))
        reveal(m.start)
    }

    mutating func selectSameEntity(forward: Bool) {
        guard let sel = selection, sel.entity < index.mentionsByEntity.count else {
            message = "select an entity first (Tab or e)"
            return
        }
        let list = index.mentionsByEntity[sel.entity].filter { isShown($0.start) }
        guard !list.isEmpty else { message = "no mentions in the shown sections"; return }
        let from = sel.mention?.start ?? (forward ? visibleRange.lowerBound - 1 : visibleRange.upperBound)
        var next: TextRange?
        if forward {
            next = list.first { $0.start > from }
            if next == nil { next = list.first; message = "wrapped to the first mention" }
        } else {
            next = list.last { $0.start < from }
            if next == nil { next = list.last; message = "wrapped to the last mention" }
        }
        guard let n = next else { return }
        selection = Selection(entity: sel.entity, mention: n)
        focus = .article
        reveal(n.start)
    }

    /// `p`: from a group ("Israeli") to the place it belongs to (Israel), and from a place to its people, so the
    /// reader can follow a nationality to its country's mentions and back.
    mutating func selectLinkedPlace() {
        let entities = index.entities
        guard let sel = selection, sel.entity >= 0, sel.entity < entities.count else {
            message = "select an entity first (Tab or e)"
            return
        }
        let e = entities[sel.entity]
        switch e.type {
        case .group:
            guard let place = e.place else { message = "\(e.name): a group of no one place"; return }
            guard let id = e.placeEntity, let k = entities.firstIndex(where: { $0.id == id }) else {
                message = "\(e.name) · \(place), not named in this article"
                return
            }
            selectEntity(k, jump: true)
            message = "\(e.name) → \(place)"
        case .place:
            guard let k = entities.firstIndex(where: { $0.placeEntity == e.id }) else {
                message = "no people of \(e.name) named in this article"
                return
            }
            selectEntity(k, jump: true)
            message = "\(e.name) → \(entities[k].name)"
        default:
            message = "p follows a group to its place: select a group or a place"
        }
    }

    /// Selects an entity from a list or panel: its first shown mention from the top of the screen (or its first).
    mutating func selectEntity(_ e: Int, jump: Bool) {
        guard e >= 0, e < index.mentionsByEntity.count else { return }
        let list = index.mentionsByEntity[e].filter { isShown($0.start) }
        let top = visibleRange.lowerBound
        let m = list.first { $0.start >= top } ?? list.first
        selection = Selection(entity: e, mention: m)
        if let m {
            if jump {
                marked = index.sentence(at: m.start)
                self.jump(to: marked!.start)
            } else {
                reveal(m.start)
            }
        }
    }

    /// "Herzi Halevi · person", for the status line.
    var selectionLabel: String? {
        selectedEntity?.statusLabel
    }
}

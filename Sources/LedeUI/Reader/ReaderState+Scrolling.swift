import LedeCore

/// Moving the reading position. The anchor is a text offset; rows exist only for the current width.
extension ReaderState {
    /// The article pane's top row. Jumps may put it below the last full page (the text then ends above the bottom
    /// of the pane, as in `less`); scrolling down never goes further than that.
    var topPosition: ArticleGeometry.Position {
        anyGeometry.position(for: anchor)
    }

    mutating func scroll(by n: Int) {
        let g = anyGeometry
        guard !g.isEmpty else { return }
        let top = g.position(for: anchor)
        var next = g.advance(top, by: n)
        if n > 0 {
            let limit = max(top, g.maxTop)
            if next > limit { next = limit }
        }
        if next != top { anchor = g.offset(of: next) }
    }

    mutating func scrollToTop() {
        let g = anyGeometry
        anchor = g.isEmpty ? 0 : g.offset(of: g.first)
    }

    mutating func scrollToBottom() {
        let g = anyGeometry
        anchor = g.isEmpty ? 0 : g.offset(of: g.maxTop)
    }

    /// The first and last text offsets on screen (end exclusive).
    var visibleRange: Range<Int> {
        let g = anyGeometry
        guard !g.isEmpty else { return 0..<0 }
        let rows = g.rows(from: topPosition, count: pageRows)
        guard let a = rows.first, let b = rows.last else { return 0..<0 }
        let start = g.offset(of: a)
        let lines = g.lines(b.block)
        let end = b.line < lines.count ? lines[b.line].end : g.block(b.block).range.end
        return start..<max(start, end)
    }

    func isOnScreen(_ offset: Int) -> Bool {
        let g = anyGeometry
        guard !g.isEmpty else { return false }
        let top = topPosition
        let p = g.position(for: offset)
        return g.distance(from: top, to: p, limit: pageRows - 1) != nil
    }

    /// Scrolls as little as needed to show an offset (a third of the way down when it has to move).
    mutating func reveal(_ offset: Int) {
        if isOnScreen(offset) { return }
        let g = anyGeometry
        let p = g.position(for: offset)
        anchor = g.offset(of: g.clampTop(g.advance(p, by: -(pageRows / 3))))
    }

    /// Puts an offset's line at the top (a jump from a panel or list), remembering where we were for `q`.
    mutating func jump(to offset: Int) {
        if jumps.last != anchor { jumps.append(anchor) }
        if jumps.count > 100 { jumps.removeFirst() }
        let g = anyGeometry
        anchor = g.offset(of: g.position(for: offset))
    }

    /// True when the offset's block is shown under the current filter.
    func isShown(_ offset: Int) -> Bool {
        guard !index.blocks.isEmpty else { return false }
        let b = index.block(at: offset)
        return view.shown[b] && index.blocks[b].range.contains(offset)
    }

    // MARK: Sections

    mutating func gotoSection(forward: Bool) {
        let sections = document.article.sections
        guard !sections.isEmpty else { message = "this article has no sections"; return }
        let order = sections.indices.sorted { sections[$0].range.start < sections[$1].range.start }
        let top = anchor
        let shown = order.filter { i in
            (sectionFilter.isEmpty || sectionFilter.contains(i)) && firstShownOffset(in: sections[i].range) != nil
        }
        var target: Int?
        if forward {
            target = shown.first { (firstShownOffset(in: sections[$0].range) ?? 0) > top }
        } else {
            target = shown.last { (firstShownOffset(in: sections[$0].range) ?? Int.max) < top }
        }
        guard let t = target, let off = firstShownOffset(in: sections[t].range) else {
            message = forward ? "no next section" : "no previous section"
            return
        }
        let g = anyGeometry
        anchor = g.offset(of: g.position(for: off))
    }

    /// The start of the first shown block inside a range.
    func firstShownOffset(in r: TextRange) -> Int? {
        let v = view
        var i = DocumentIndex.firstIndex(v.starts, atLeast: r.start)
        if i > 0, index.blocks[v.blocks[i - 1]].range.end > r.start { i -= 1 }
        guard i < v.starts.count, v.starts[i] < max(r.end, r.start + 1) else { return nil }
        return max(v.starts[i], r.start)
    }

    mutating func applySectionFilter(_ picked: Set<Int>) {
        sectionFilter = picked
        // The panels' lines change with the filter: start them from the top.
        cursors = [:]
        let sections = document.article.sections
        if !picked.isEmpty, !picked.contains(currentSection),
           let first = picked.min(by: { sections[$0].range.start < sections[$1].range.start }),
           let off = firstShownOffset(in: sections[first].range) {
            anchor = off
        }
        let names = picked.sorted().map { sectionTitle($0) }
        message = picked.isEmpty ? "showing all sections" : "showing " + names.joined(separator: ", ")
    }

    func sectionTitle(_ i: Int) -> String {
        let sections = document.article.sections
        guard i >= 0, i < sections.count else { return "" }
        if let t = sections[i].title, !t.isEmpty { return TextSanitizer.singleLine(t) }
        return i == 0 ? "Lead" : "Section \(i + 1)"
    }
}

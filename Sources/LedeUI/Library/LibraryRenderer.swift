import LedeCore
import LedeScreen
import LedeLibrary

/// Draws the library list: a header with the progress of indexing, column titles carrying their sort keys,
/// one row per article, and a status line with the filter and key hints.
struct LibraryRenderer {
    let state: LibraryState

    /// Column widths for a terminal width; columns drop out as it narrows (title last).
    struct Columns {
        var date = 10, title = 0, source = 0, words = 0, entities = 0

        init(width: Int) {
            let gap = 2
            if width >= 60 { words = 6 }
            if width >= 70 { source = min(22, width / 6) }
            if width >= 100 { entities = min(40, width / 4) }
            let fixed = date + words + source + entities
            let gaps = gap * ([words, source, entities].filter { $0 > 0 }.count + 1)
            title = max(1, width - 2 - fixed - gaps)
        }
    }

    func render() -> CellGrid {
        let s = state, theme = s.theme
        var grid = CellGrid(width: s.width, height: s.height, style: theme.style(.text))
        guard s.width >= 40, s.height >= 10 else {
            grid.putTruncated("terminal too small (40x10 needed)", x: 0, y: 0, maxX: s.width, style: theme.style(.warning))
            return grid
        }
        header(&grid)
        columnTitles(&grid)
        let c = Columns(width: s.width)
        for row in 0..<s.listHeight {
            let k = s.list.offset + row
            guard k < s.visible.count else { break }
            entryRow(s.visible[k], selected: k == s.cursor, y: 2 + row, columns: c, &grid)
        }
        if s.visible.isEmpty {
            let why = s.entries.isEmpty ? (s.indexing ? "reading the files…" : "no articles")
                                        : "no article matches “\(s.filterInput ?? s.filter)”"
            grid.putTruncated(why, x: 1, y: 3, maxX: s.width - 1, style: theme.style(.dim))
        }
        status(&grid)
        if let scroll = s.helpScroll {
            let lines = s.helpLines
            let frame = LibraryHelp.frame(width: s.width, height: s.height, lines: lines.count)
            let more = scroll + frame.listHeight < lines.count ? "j k scroll · " : ""
            if OverlayBox.draw(frame, title: "Library keys", footer: more + "Esc closes", theme: theme, into: &grid) {
                OverlayBox.keyLines(lines, scroll: scroll, in: frame, theme: theme, into: &grid)
            }
        }
        return grid
    }

    func header(_ grid: inout CellGrid) {
        let s = state, style = s.theme.style(.header)
        grid.fill(x: 0, y: 0, width: s.width, height: 1, style: style)
        let count = s.entries.count
        var right = "\(s.visible.count == count ? "\(count)" : "\(s.visible.count) of \(count)") articles"
        if s.indexing {
            let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
            right = "\(spinner[s.indexedFiles % spinner.count]) analysing \(s.indexedFiles)/\(s.files.count) · " + right
        }
        let rw = DisplayWidth.of(right)
        grid.putTruncated(" Lede · " + s.heading, x: 0, y: 0, maxX: max(0, s.width - rw - 2), style: style)
        grid.putRight(right + " ", x: 0, y: 0, width: s.width, style: style)
    }

    func columnTitles(_ grid: inout CellGrid) {
        let s = state, c = Columns(width: s.width)
        let style = s.theme.style(.title), active = s.theme.style(.titleFocused)
        grid.fill(x: 0, y: 1, width: s.width, height: 1, style: style)
        func title(_ sort: LibrarySort, _ name: String) -> (String, Style) {
            let arrow = sort == s.sort ? (s.descending ? " ▼" : " ▲") : ""
            let key = s.keymap.keys(for: sort.action).first.map { KeyName.describe($0) + " " } ?? ""
            return (key + name + arrow, sort == s.sort ? active : style)
        }
        var x = 1
        let (d, ds) = title(.date, "Date")
        grid.putTruncated(d, x: x, y: 1, maxX: x + c.date + 1, style: ds)
        x += c.date + 2
        let (t, ts) = title(.title, "Title")
        grid.putTruncated(t, x: x, y: 1, maxX: x + c.title, style: ts)
        x += c.title + 2
        if c.source > 0 {
            let (so, ss) = title(.source, "Source")
            grid.putTruncated(so, x: x, y: 1, maxX: x + c.source, style: ss)
            x += c.source + 2
        }
        if c.words > 0 {
            grid.putRight("Words", x: x, y: 1, width: c.words, style: style)
            x += c.words + 2
        }
        if c.entities > 0 { grid.putTruncated("Top entities", x: x, y: 1, maxX: x + c.entities, style: style) }
    }

    func entryRow(_ e: LibraryEntry, selected: Bool, y: Int, columns c: Columns, _ grid: inout CellGrid) {
        let theme = state.theme
        var base = e.isAnalysed ? theme.style(.text) : theme.style(.dim)
        if selected {
            base = theme.style(.cursor)
            grid.fill(x: 0, y: y, width: state.width, height: 1, style: base)
        }
        var x = 1
        grid.putTruncated(e.published?.iso ?? "—", x: x, y: y, maxX: x + c.date,
                          style: selected ? base : theme.style(.dim))
        x += c.date + 2
        grid.putTruncated(e.title, x: x, y: y, maxX: x + c.title, style: base)
        x += c.title + 2
        if c.source > 0 {
            grid.putTruncated(e.source, x: x, y: y, maxX: x + c.source, style: base)
            x += c.source + 2
        }
        if c.words > 0 {
            if e.failure != nil {
                grid.putRight("failed", x: x, y: y, width: c.words, style: selected ? base : theme.style(.warning))
            } else {
                grid.putRight(e.wordCount.map(String.init) ?? "…", x: x, y: y, width: c.words, style: base)
            }
            x += c.words + 2
        }
        if c.entities > 0 {
            grid.putTruncated(e.failure.map(Self.reason) ?? e.topEntities.joined(separator: ", "), x: x, y: y,
                              maxX: x + c.entities, style: selected ? base : theme.style(.dim))
        }
    }

    /// A failure's reason without the file's path, which the row already shows ("cannot analyse: …").
    static func reason(_ message: String) -> String {
        message.range(of: "cannot analyse: ").map { String(message[$0.lowerBound...]) } ?? message
    }

    func status(_ grid: inout CellGrid) {
        let s = state, y = s.height - 1, style = s.theme.style(.status)
        grid.fill(x: 0, y: y, width: s.width, height: 1, style: style)
        var left: String
        if let input = s.filterInput {
            left = " /" + input + "▏  Enter keeps · Esc cancels"
        } else if !s.filter.isEmpty {
            left = " filter: \(s.filter) · Esc clears"
        } else if let notice = s.notice {
            left = " " + notice
        } else if !s.failures.isEmpty {
            left = " \(s.failures.count) file\(s.failures.count == 1 ? "" : "s") could not be read"
        } else {
            left = ""
        }
        func key(_ a: LibraryAction) -> String { s.keymap.keys(for: a).first.map(KeyName.describe) ?? "" }
        // The sort keys are on the column titles; the help lists every key.
        let parts = [(key(.activate), "open"), (key(.filter), "filter"), (key(.timeline), "timeline"), (key(.help), "help"),
                     (key(.quit), "quit")]
        let hint = parts.filter { !$0.0.isEmpty }.map { "\($0.0) \($0.1)" }.joined(separator: " · ") + " "
        let hw = DisplayWidth.of(hint)
        let room = s.width - hw - 1
        // The selected file, after a filter note, as long as the path's end still fits beside it.
        let avail = (room >= 20 ? room : s.width) - DisplayWidth.of(left) - 3
        if s.filterInput == nil, let e = s.selected, avail >= 16 {
            left += (left.isEmpty ? " " : " · ") + e.key.description.fittingTail(width: avail)
        }
        if room >= 20 {
            grid.putTruncated(left, x: 0, y: y, maxX: room, style: style)
            grid.putRight(hint, x: 0, y: y, width: s.width, style: s.theme.style(.statusAccent))
        } else {
            grid.putTruncated(left, x: 0, y: y, maxX: s.width, style: style)
        }
    }
}

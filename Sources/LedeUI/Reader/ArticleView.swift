/// The blocks the article pane shows under one filter (sections picked, boilerplate shown or hidden), in order.
final class ArticleView: @unchecked Sendable {
    /// Indices into `DocumentIndex.blocks`.
    let blocks: [Int]
    /// Start offset of each shown block, for bisection.
    let starts: [Int]
    /// Per document block: is it shown.
    let shown: [Bool]

    init(index: DocumentIndex, filter: ViewFilter) {
        var blocks: [Int] = []
        var shown = [Bool](repeating: false, count: index.blocks.count)
        for (i, b) in index.blocks.enumerated() {
            if b.kind == .boilerplate && !filter.showBoilerplate { continue }
            if !filter.sections.isEmpty && !filter.sections.contains(index.sectionOfBlock[i]) { continue }
            blocks.append(i)
            shown[i] = true
        }
        self.blocks = blocks
        self.starts = blocks.map { index.blocks[$0].range.start }
        self.shown = shown
    }

    var isEmpty: Bool { blocks.isEmpty }
}

/// What decides which blocks are shown.
struct ViewFilter: Hashable, Sendable {
    var sections: Set<Int>
    var showBoilerplate: Bool
}

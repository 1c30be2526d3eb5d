import LedeCore

extension ReaderState {
    /// Opens the article at a text offset (a remembered position, a mention, a sentence). When a mention of an
    /// entity starts there, that entity is selected, so a jump from another article lands on what it was about.
    mutating func open(at offset: Int) {
        let clamped = max(0, min(offset, document.article.text.count))
        anchor = clamped
        for (k, entity) in index.entities.enumerated() {
            if let m = entity.mentions.first(where: { $0.range.start == clamped }) {
                selection = Selection(entity: k, mention: m.range)
                break
            }
        }
        settle()
    }
}

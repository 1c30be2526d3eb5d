import LedeScreen

/// What the reader needs to know of a side panel: how it is named and focused, what it says when empty, and
/// its rows. The rows are data (`PanelRow`): drawing, the cursor, the mouse, Enter and the status line treat
/// every panel alike.
struct Panel: Sendable {
    /// On its title line and its tab.
    let title: String
    /// The config name of the action that focuses it ("focus-facts"), its help line and its default keys.
    let focusAction: String
    let focusSummary: String
    let focusKeys: [Key]
    /// Said when it is focused with nothing to select (once the analysis is there).
    let emptyMessage: String
    /// Whether rows pointing into the section being read get a marker (the timeline's "▸").
    let marksCurrentSection: Bool
    /// The rows for the blocks shown under a filter. Called once per analysis and filter (the reader caches the
    /// result), so it may take its time on a huge article, but not per frame.
    let rows: @Sendable (_ index: DocumentIndex, _ view: ArticleView, _ filter: ViewFilter) -> [PanelRow]
}

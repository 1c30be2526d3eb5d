import Foundation

/// Memoised work for one document: filtered views, wrapped lines per block and width, panel rows, folded text
/// for search. Results depend only on their keys, so sharing the cache between state copies keeps `update` and
/// `render` pure in effect while a frame costs only what is on screen.
final class ReaderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var views: [ViewFilter: ArticleView] = [:]
    private var wraps: [Int: [Int: [WrappedLine]]] = [:]
    private var wrapCount = 0
    private var factRows: [ViewFilter: [PanelRow]] = [:]
    private var timelineRows: [TimelineKey: [PanelRow]] = [:]
    private var folded: [UInt32]?
    private var values: [UInt32]?
    private var factsBase: FactsPanel.Base?
    private var timelineBase: [(row: PanelRow, block: Int)]?

    struct TimelineKey: Hashable {
        var filter: ViewFilter
    }

    func view(_ filter: ViewFilter, _ make: () -> ArticleView) -> ArticleView {
        lock.lock()
        if let v = views[filter] { lock.unlock(); return v }
        lock.unlock()
        let v = make()
        lock.lock()
        if views.count > 64 { views.removeAll() }
        views[filter] = v
        lock.unlock()
        return v
    }

    func lines(block: Int, width: Int, _ make: () -> [WrappedLine]) -> [WrappedLine] {
        lock.lock()
        if let l = wraps[width]?[block] { lock.unlock(); return l }
        lock.unlock()
        let l = make()
        lock.lock()
        // Bounded: a resize storm must not keep every width's wrapping alive.
        if wrapCount > 200_000 { wraps.removeAll(); wrapCount = 0 }
        wraps[width, default: [:]][block] = l
        wrapCount += 1
        lock.unlock()
        return l
    }

    func factRows(_ filter: ViewFilter, _ make: () -> [PanelRow]) -> [PanelRow] {
        lock.lock()
        if let r = factRows[filter] { lock.unlock(); return r }
        lock.unlock()
        let r = make()
        lock.lock()
        factRows[filter] = r
        lock.unlock()
        return r
    }

    func timelineRows(_ filter: ViewFilter, _ make: () -> [PanelRow]) -> [PanelRow] {
        let key = TimelineKey(filter: filter)
        lock.lock()
        if let r = timelineRows[key] { lock.unlock(); return r }
        lock.unlock()
        let r = make()
        lock.lock()
        timelineRows[key] = r
        lock.unlock()
        return r
    }

    func folded(_ make: () -> [UInt32]) -> [UInt32] {
        lock.lock()
        if let f = folded { lock.unlock(); return f }
        lock.unlock()
        let f = make()
        lock.lock()
        folded = f
        lock.unlock()
        return f
    }

    func values(_ make: () -> [UInt32]) -> [UInt32] {
        lock.lock()
        if let v = values { lock.unlock(); return v }
        lock.unlock()
        let v = make()
        lock.lock()
        values = v
        lock.unlock()
        return v
    }

    func factsBase(_ make: () -> FactsPanel.Base) -> FactsPanel.Base {
        lock.lock()
        if let b = factsBase { lock.unlock(); return b }
        lock.unlock()
        let b = make()
        lock.lock()
        factsBase = b
        lock.unlock()
        return b
    }

    func timelineBase(_ make: () -> [(row: PanelRow, block: Int)]) -> [(row: PanelRow, block: Int)] {
        lock.lock()
        if let b = timelineBase { lock.unlock(); return b }
        lock.unlock()
        let b = make()
        lock.lock()
        timelineBase = b
        lock.unlock()
        return b
    }
}

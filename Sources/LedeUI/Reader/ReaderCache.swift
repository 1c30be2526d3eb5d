import Foundation

/// Memoised work for one document: filtered views, wrapped lines per block and width, panel rows, folded text
/// for search. Results depend only on their keys, so sharing the cache between state copies keeps `update` and
/// `render` pure in effect while a frame costs only what is on screen.
final class ReaderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var views: [ViewFilter: ArticleView] = [:]
    private var wraps: [Int: [Int: [WrappedLine]]] = [:]
    private var wrapCount = 0
    private var values: [Key: any Sendable] = [:]

    /// What a memoised value is known by: a name ("facts.base", a panel's rows), and the filter when it
    /// depends on one.
    struct Key: Hashable {
        var name: String
        var filter: ViewFilter?
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

    /// The value made once for a name (and filter): panel rows and their filter-independent bases, the folded
    /// text for search. Two threads asking at once may both make it; either result is the same.
    func memo<T: Sendable>(_ name: String, filter: ViewFilter? = nil, _ make: () -> T) -> T {
        let key = Key(name: name, filter: filter)
        lock.lock()
        if let v = values[key] as? T { lock.unlock(); return v }
        lock.unlock()
        let v = make()
        lock.lock()
        // Per-filter values: a long session of section picking must not keep every combination alive.
        if filter != nil && values.count > 256 { values = values.filter { $0.key.filter == nil } }
        values[key] = v
        lock.unlock()
        return v
    }
}

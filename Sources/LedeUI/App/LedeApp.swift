import LedeCore
import LedeLibrary
import LedeScreen

/// The whole interface as one value: the library list at the bottom, the screens opened from it stacked above
/// (reader, lists of other articles, the merged timeline). The run loop drives it with `update` and `render`
/// and performs the effects `update` returns; `q` pops a screen, and on the library list it quits.
public struct LedeApp: Sendable {
    public internal(set) var library: LibraryState
    public internal(set) var stack: [AppScreen] = []
    public internal(set) var positions: ReadingPositions
    public internal(set) var isFinished = false
    let keymap: Keymap
    /// The number of the next analysis asked for.
    var nextAnalysis = 1
    /// The screen asked for while its contents are read (the article's file, a list from the index). Only the
    /// last one asked for is shown: pressing Enter and then `t` opens the timeline, not the article.
    var navigating: Pending<Navigation>?

    /// - Parameters:
    ///   - keymap: the reader's keys.
    ///   - libraryKeymap: the library's keys; by default its own defaults with the reader's remapping of the
    ///     actions they share (`KeyBindings.following`), so a help key remapped for the reader is the library's.
    public init(library: LibraryState, positions: ReadingPositions = ReadingPositions(), keymap: Keymap = .default,
                libraryKeymap: LibraryKeymap? = nil) {
        self.library = library
        self.library.keymap = libraryKeymap ?? LibraryKeymap.default.following(keymap)
        self.library.otherArticlesKeys = keymap.keys(for: .otherArticles)
        self.positions = positions
        self.keymap = keymap
    }

    /// The reader on top, if that is what is showing.
    public var reader: ReaderState? {
        if case .reader(let r, _)? = stack.last { return r }
        return nil
    }

    /// The effects a new app asks for (the library list's).
    public static func start(_ app: LedeApp) -> (state: LedeApp, effects: [Effect]) {
        var a = app
        let (library, effects) = Library.start(a.library)
        a.library = library
        return (a, effects)
    }

    /// The state after an event, and the effects it asks for. Keys and mouse go to the screen on top; results of
    /// effects go to the screen that asked for them, or are dropped when that screen is gone.
    public static func update(_ app: LedeApp, _ event: Event) -> (state: LedeApp, effects: [Effect]) {
        var a = app
        var effects: [Effect] = []
        switch event {
        case .resize:
            // Every screen learns the size, so going back shows the one below laid out already.
            a.library = Library.update(a.library, event).state
            a.stack = a.stack.map { screen in
                switch screen {
                case .reader(let r, let e): return .reader(Reader.update(r, event).state, e)
                case .list(let l): return .list(LibraryList.update(l, event).state)
                }
            }
        case .key, .mouse:
            effects = a.input(event)
        case .analysisFinished(_, let id?), .analysisFailed(_, let id?):
            for k in a.stack.indices {
                guard case .reader(let r, let entry) = a.stack[k], r.pendingAnalysis?.id == id else { continue }
                let (next, fx) = Reader.update(r, event)
                a.stack[k] = .reader(next, entry)
                effects += fx
            }
        case .analysisFinished(_, nil), .analysisFailed(_, nil):
            break
        case .articleRead(let target, let result):
            guard let p = a.arrived({ if case .open(let o) = $0, o.target == target { o } else { nil } }) else { break }
            switch result {
            case .success(let article): effects = a.show(article, p)
            case .failure(let failure): a.library.notice = failure.message
            }
        case .libraryIndexed, .librarySearched:
            let (library, fx) = Library.update(a.library, event)
            a.library = library
            effects = fx
        case .occurrencesFound(let query, let found):
            guard a.arrived({ $0 == .occurrences(query) ? query : nil }) != nil else { break }
            a.stack.append(.list(.occurrences(of: query.name, type: query.type, found, theme: a.currentTheme,
                                              width: a.library.width, height: a.library.height,
                                              keymap: a.library.keymap)))
        case .timelineLoaded(let among, let events):
            guard a.arrived({ $0 == .timeline(among) ? among : nil }) != nil else { break }
            a.stack.append(.list(.timeline(events, articles: among.count, theme: a.library.theme,
                                           width: a.library.width, height: a.library.height,
                                           keymap: a.library.keymap)))
        case .effectFailed(let failure):
            a.library.notice = failure.message
        }
        return (a, effects)
    }

    public static func render(_ app: LedeApp) -> CellGrid {
        switch app.stack.last {
        case .reader(let r, _)?: return Reader.render(r)
        case .list(let l)?: return LibraryList.render(l)
        case nil: return Library.render(app.library)
        }
    }

    /// A key or mouse event, for the screen on top; what that screen asks of the app is done here.
    mutating func input(_ event: Event) -> [Effect] {
        guard let top = stack.last else {
            let (next, effects) = Library.update(library, event)
            library = next
            switch library.request {
            case .open(let target)?: return effects + open(target)
            case .timeline?:
                let keys = library.visibleKeys
                navigating = Pending(.timeline(keys), depth: stack.count)
                return effects + [.loadTimeline(among: keys)]
            case .quit?:
                isFinished = true
                return effects
            case nil:
                return effects
            }
        }
        switch top {
        case .reader(let r, let entry):
            var (next, effects) = Reader.update(r, event)
            if next.isFinished {
                positions[entry.key] = next.anchor
                stack.removeLast()
                effects.append(.savePositions(positions))
                return effects
            }
            stack[stack.count - 1] = .reader(next, entry)
            if case .otherArticles(let entity)? = next.request {
                var keys = Set(library.entries.map(\.key))
                keys.remove(entry.key)
                let query = OccurrenceQuery(name: entity.name, type: entity.type, among: keys)
                navigating = Pending(.occurrences(query), depth: stack.count)
                effects.append(.findOccurrences(query))
            }
            return effects
        case .list(let l):
            let (next, effects) = LibraryList.update(l, event)
            stack[stack.count - 1] = .list(next)
            switch next.request {
            case .open(let target)?: return effects + open(target)
            case .back?: stack.removeLast()
            case nil: break
            }
            return effects
        }
    }

    /// The navigation this result answers, taken off `navigating`; nil when the result answers nothing asked
    /// for any more, or the screen that asked is no longer on top.
    mutating func arrived<T>(_ match: (Navigation) -> T?) -> T? {
        guard let p = navigating, let value = match(p.value) else { return nil }
        navigating = nil
        return p.depth == stack.count ? value : nil
    }

    /// The theme in use: a reader may have cycled it, and the lists follow.
    var currentTheme: Theme {
        for screen in stack.reversed() { if case .reader(let r, _) = screen { return r.theme } }
        return library.theme
    }

    /// Asks for an article's text, to open it in the reader when it arrives (`show`).
    mutating func open(_ target: ArticleTarget) -> [Effect] {
        guard let entry = library.entries.first(where: { $0.key == target.key }) else { return [] }
        navigating = Pending(.open(PendingOpen(target: target, entry: entry)), depth: stack.count)
        return [.readArticle(target, entry)]
    }

    /// Opens an article in the reader: at the target offset (a mention, with its entity selected once the
    /// analysis arrives, or a sentence), else where the reader left it last time. The text shows at once; the
    /// analysis is asked for, as in the single-article reader.
    mutating func show(_ article: Article, _ p: PendingOpen) -> [Effect] {
        var reader = ReaderState(document: ReaderDocument(article: article, analysis: nil), theme: currentTheme,
                                 keymap: keymap, width: library.width, height: library.height, hasLibrary: true)
        if let offset = p.target.offset {
            reader.open(at: offset)
        } else if let saved = positions[p.entry.key] {
            reader.open(at: saved)
        }
        let id = AnalysisRequest.ID(nextAnalysis)
        nextAnalysis += 1
        let (started, effects) = Reader.start(reader, analysis: id, selecting: p.target.offset)
        stack.append(.reader(started, p.entry))
        return effects
    }
}

/// Something asked for from a screen at `depth` (the stack's height then): the answer is shown only if that
/// screen is still on top when it arrives.
struct Pending<Value: Hashable & Sendable>: Hashable, Sendable {
    var value: Value
    var depth: Int

    init(_ value: Value, depth: Int) {
        self.value = value
        self.depth = depth
    }
}

/// An article being read to open in the reader.
struct PendingOpen: Hashable, Sendable {
    var target: ArticleTarget
    var entry: LibraryEntry
}

/// A screen being prepared: an article being read, or a list being looked up in the index.
enum Navigation: Hashable, Sendable {
    case open(PendingOpen)
    case occurrences(OccurrenceQuery)
    case timeline(Set<LibraryEntry.Key>)
}

import LedeCore
import LedeScreen
import LedeLibrary

/// The whole interface as one value: the library list at the bottom, the screens opened from it stacked above
/// (reader, lists of other articles, the merged timeline). The run loop drives it with `update` and `render`;
/// `q` pops a screen, and on the library list it quits.
public struct LedeApp: Sendable {
    public internal(set) var library: LibraryState
    public internal(set) var stack: [AppScreen] = []
    public internal(set) var positions: ReadingPositions
    public internal(set) var isFinished = false
    /// Readers opened since the run loop last looked, whose analysis it should run in the background.
    public internal(set) var analysisRequests: [AnalysisRequest] = []
    let services: LibraryServices
    let keymap: Keymap

    public init(library: LibraryState, services: LibraryServices, positions: ReadingPositions = ReadingPositions(),
                keymap: Keymap = .default) {
        self.library = library
        self.library.helpKeys = keymap.keys(for: .help)
        self.services = services
        self.positions = positions
        self.keymap = keymap
    }

    /// The reader on top, if that is what is showing.
    public var reader: ReaderState? {
        if case .reader(let r, _)? = stack.last { return r }
        return nil
    }

    /// The state after an event, for whichever screen is on top.
    public static func update(_ app: LedeApp, _ event: InputEvent) -> LedeApp {
        var a = app
        if case .resize = event {
            // Every screen learns the size, so going back shows the one below laid out already.
            a.library = Library.update(a.library, event)
            a.stack = a.stack.map { screen in
                switch screen {
                case .reader(let r, let e): return .reader(Reader.update(r, event), e)
                case .list(let l): return .list(LibraryList.update(l, event))
                }
            }
            return a
        }
        guard let top = a.stack.last else {
            a.library = Library.update(a.library, event)
            a.handle(a.library.request)
            return a
        }
        switch top {
        case .reader(let r, let entry):
            if a.wantsOtherArticles(r, event), let entity = r.selectedEntity {
                a.showOccurrences(of: entity, excluding: entry.key)
                return a
            }
            let next = Reader.update(r, event)
            if next.isFinished {
                a.positions[entry.key] = next.anchor
                a.stack.removeLast()
            } else {
                a.stack[a.stack.count - 1] = .reader(next, entry)
            }
        case .list(let l):
            let next = LibraryList.update(l, event)
            a.stack[a.stack.count - 1] = .list(next)
            switch next.request {
            case .open(let target)?: a.open(target)
            case .back?: a.stack.removeLast()
            case nil: break
            }
        }
        return a
    }

    public static func render(_ app: LedeApp) -> CellGrid {
        switch app.stack.last {
        case .reader(let r, _)?: return Reader.render(r)
        case .list(let l)?: return LibraryList.render(l)
        case nil: return Library.render(app.library)
        }
    }

    /// Background indexing results for the library list (drained by the run loop between frames).
    public mutating func apply(_ updates: [LibraryUpdate]) {
        library.apply(updates)
    }

    /// The reader's key for "other articles mentioning the selected entity", when no prompt or list has the keys.
    func wantsOtherArticles(_ r: ReaderState, _ event: InputEvent) -> Bool {
        guard case .key(let key) = event, r.searchInput == nil, r.overlay == nil else { return false }
        return r.keymap.action(for: key) == .otherArticles
    }

    mutating func handle(_ request: LibraryRequest?) {
        switch request {
        case .open(let target)?: open(target)
        case .timeline?:
            let keys = library.visibleKeys
            let events = services.timeline(keys)
            stack.append(.list(.timeline(events, articles: keys.count, theme: library.theme, width: library.width,
                                         height: library.height)))
        case .quit?: isFinished = true
        case nil: break
        }
    }

    mutating func showOccurrences(of entity: Entity, excluding key: LibraryEntry.Key) {
        var keys = Set(library.entries.map(\.key))
        keys.remove(key)
        let found = services.occurrences(entity.name, entity.type, keys)
        stack.append(.list(.occurrences(of: entity.name, type: entity.type, found, theme: currentTheme,
                                        width: library.width, height: library.height)))
    }

    /// The theme in use: a reader may have cycled it, and the lists follow.
    var currentTheme: Theme {
        for screen in stack.reversed() { if case .reader(let r, _) = screen { return r.theme } }
        return library.theme
    }

    /// Opens an article in the reader: at the target offset (a mention, with its entity selected once the
    /// analysis arrives, or a sentence), else where the reader left it last time. The text shows at once; the
    /// analysis is asked of the run loop (`analysisRequests`), as in the single-article reader.
    mutating func open(_ target: ArticleTarget) {
        guard let entry = library.entries.first(where: { $0.key == target.key }) else { return }
        let article: Article
        do { article = try services.read(entry) } catch {
            library.notice = TextSanitizer.singleLine("lede: \(error)")
            return
        }
        var reader = ReaderState(document: ReaderDocument(article: article, analysis: nil), theme: currentTheme,
                                 keymap: keymap, width: library.width, height: library.height)
        if let offset = target.offset {
            reader.open(at: offset)
        } else if let saved = positions[entry.key] {
            reader.open(at: saved)
        }
        reader = Reader.update(reader, .tick)
        stack.append(.reader(reader, entry))
        analysisRequests.append(AnalysisRequest(key: entry.key, article: article, offset: target.offset,
                                                anchor: reader.anchor, analyze: services.analyze))
    }

    /// The analyses to run in the background, each handed out once.
    public mutating func takeAnalysisRequests() -> [AnalysisRequest] {
        defer { analysisRequests.removeAll() }
        return analysisRequests
    }

    /// A background analysis finished: the readers of that article still waiting for one get it. A reader closed
    /// meanwhile is simply gone; one opened at a mention selects its entity, unless the view was moved since.
    public mutating func analysisFinished(_ analysis: Analysis, for request: AnalysisRequest) {
        for k in stack.indices {
            guard case .reader(let r, let entry) = stack[k], entry.key == request.key, r.document.analysis == nil,
                  r.document.article.text.count == request.article.text.count else { continue }
            var next = Reader.update(r, .analysisFinished(analysis))
            if let offset = request.offset, r.anchor == request.anchor { next.open(at: offset) }
            stack[k] = .reader(next, entry)
        }
    }
}

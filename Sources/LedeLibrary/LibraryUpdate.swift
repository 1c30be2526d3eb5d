/// What background indexing reports to the library view, one file at a time.
public enum LibraryUpdate: Sendable, Equatable {
    /// The file's articles, analysed now or found unchanged in the index: they replace its rows.
    case indexed(file: String, entries: [LibraryEntry], analysed: Bool)
    /// The file could not be read; the one-line reason names it.
    case failed(file: String, message: String)
    /// One of the file's articles could not be analysed (its worker process died): the file is listed as failed
    /// with the one-line reason, and the index remembers it, so it is not analysed again until it changes.
    case analysisFailed(file: String, message: String)
    /// The index could not be written or read; the list goes on without it.
    case storeFailed(message: String)
    /// The index was damaged and is rebuilt empty: every file is indexed again from the first (progress starts
    /// over); the one-line message says so.
    case rebuilding(message: String)
    /// Every file has been seen.
    case finished
}

import LedeCore

/// Why the library database cannot be used. Each renders as one line; Lede then opens the files without it.
public struct LibraryError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The file is not an SQLite database, or is damaged.
        case corrupt(String)
        /// Another process holds a lock on it.
        case locked
        /// A newer Lede wrote it (a migration this version does not know).
        case tooNew
        /// The folder or file cannot be created or opened.
        case unavailable(String)
        /// Another program's SQLite database: Lede refuses it and writes nothing to it.
        case foreign(String)
    }

    public var path: String
    public var reason: Reason

    /// True when SQLite found the file damaged: the index is then rebuilt from the articles.
    public var isDamage: Bool { if case .corrupt = reason { true } else { false } }

    /// The line said when a damaged index is rebuilt.
    var rebuildNotice: String {
        let why: String
        if case .corrupt(let e) = reason { why = e } else { why = "\(reason)" }
        return TextSanitizer.singleLine("\(path): the library index was damaged (\(why)); rebuilding it from the articles")
    }

    /// True when Lede must stop rather than go on without the index: the file named is not a Lede library.
    public var refusesFile: Bool { if case .foreign = reason { true } else { false } }

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let why: String
        switch reason {
        case .corrupt(let e): why = "the library database is damaged or not a database (\(e))"
        case .locked: why = "the library database is locked by another program"
        case .tooNew: why = "the library database was written by a newer version of Lede"
        case .unavailable(let e): why = "cannot open the library database (\(e))"
        case .foreign(let e):
            return TextSanitizer.singleLine("\(path): not a Lede library (an SQLite database of another program: \(e)); "
                                            + "left as it is: give --library a new file or a Lede library")
        }
        return TextSanitizer.singleLine("\(path): \(why); continuing without the library index")
    }
}

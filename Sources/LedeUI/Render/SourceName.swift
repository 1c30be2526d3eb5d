/// How the header names a source: a URL as it is, a path by its file name.
struct SourceName {
    let s: String
    var lastComponent: String {
        if s.hasPrefix("http://") || s.hasPrefix("https://") { return s }
        return s.split(separator: "/").last.map(String.init) ?? s
    }
}

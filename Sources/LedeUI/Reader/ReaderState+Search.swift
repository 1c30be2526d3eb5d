import LedeScreen

/// Search with `/` and `?`: live results while typing, `n`/`N` afterwards.
extension ReaderState {
    mutating func openSearch(backward: Bool) {
        focus = .article
        search.input = ""
        search.backward = backward
        search.origin = anchor
        search.originEnd = visibleRange.upperBound
        search.current = nil
    }

    mutating func handleSearchInput(_ key: Key) {
        guard var text = search.input else { return }
        switch key {
        case .escape:
            search.input = nil
            search.results = search.confirmed
            search.current = nil
            anchor = search.origin
            return
        case .enter:
            search.input = nil
            if text.isEmpty {
                search.results = search.confirmed
                if search.results == nil { return }
                gotoHit(reverse: false)
                return
            }
            search.confirmed = search.results
            if let r = search.results, !r.starts.isEmpty {
                message = "\(r.starts.count) match\(r.starts.count == 1 ? "" : "es") for \(search.backward ? "?" : "/")\(text)"
            } else {
                message = "not found: \(text)"
            }
            return
        case .backspace, .delete:
            if text.isEmpty {
                search.input = nil
                search.results = search.confirmed
                anchor = search.origin
                return
            }
            text.removeLast()
            search.input = text
            search.results = TextSearch.search(text, in: index, previous: nil)
        case .control("u"):
            search.input = ""
            search.results = nil
            anchor = search.origin
            return
        case .character(let c):
            // Typed text is the query; controls never get here as characters.
            text.append(c)
            search.input = text
            search.results = TextSearch.search(text, in: index, previous: search.results)
        default:
            return
        }
        // Live: show the first hit from where the search started.
        anchor = search.origin
        search.current = nil
        if let r = search.results, let h = hit(in: r, from: search.backward ? search.originEnd - 1 : search.origin,
                                                      backward: search.backward, inclusive: true) {
            search.current = h
            reveal(h)
        }
    }

    /// The first shown hit at or after (before) an offset.
    func hit(in r: SearchResults, from offset: Int, backward: Bool, inclusive: Bool) -> Int? {
        let s = r.starts
        if backward {
            var i = DocumentIndex.lastIndex(s, atMost: inclusive ? offset : offset - 1)
            while i >= 0 && !isShown(s[i]) { i -= 1 }
            return i >= 0 ? s[i] : nil
        }
        var i = DocumentIndex.firstIndex(s, atLeast: inclusive ? offset : offset + 1)
        while i < s.count && !isShown(s[i]) { i += 1 }
        return i < s.count ? s[i] : nil
    }

    mutating func gotoHit(reverse: Bool) {
        guard let r = search.results ?? search.confirmed else { message = "no search yet: / or ?"; return }
        search.results = r
        guard !r.starts.isEmpty else { message = "not found"; return }
        focus = .article
        let backward = search.backward != reverse
        let from: Int
        if let c = search.current, isOnScreen(c) {
            from = c
        } else {
            let v = visibleRange
            from = backward ? v.upperBound : v.lowerBound - 1
        }
        var h = hit(in: r, from: from, backward: backward, inclusive: false)
        if h == nil {
            h = hit(in: r, from: backward ? Int.max / 2 : -1, backward: backward, inclusive: false)
            if h != nil { message = backward ? "search wrapped to the end" : "search wrapped to the top" }
        }
        guard let hit = h else { message = "no match in the shown sections"; return }
        search.current = hit
        reveal(hit)
    }
}

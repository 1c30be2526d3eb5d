/// The runs pass: where a stretch of capitalised words (with its dots, particles and "of") begins and ends.
extension CandidateFinder {
    // MARK: runs

    /// May token `j` continue a run that reached `j - 1`?
    func joins(_ j: Int) -> Bool {
        if t.has(j, .afterBlankLine) { return false }
        if t.has(j, .afterNewline) {
            // A name broken over a line: a line of running text that stops inside a name (no punctuation)
            // goes on with it, whatever the next line was taken for. A common word opening the next line
            // ("In the New Territories...") starts a sentence there instead: lists of names are often one
            // to a line with no full stop.
            return !t.has(j - 1, .heading) && t.tokens[j - 1].kind == .word
                && !(isCommon(j) && !g.flags(t.folded[j]).contains(.surname))
        }
        return true
    }

    func isHead(_ k: Int) -> Bool { headType(k) != nil }

    func runEnd(_ i: Int) -> Int {
        let n = t.count
        var j = i + 1
        while j < n && joins(j) {
            // "Washington, D.C. The Clinton Campaign": "The" after a dot starts a sentence the splitter missed.
            if t.isCapitalized(j) && V.articles.contains(t.folded[j]) && t.scalars[t.tokens[j - 1].range.end - 1] == "." {
                break
            }
            if t.isCapitalized(j) { j += 1; continue }
            // "Lt. Gen.", "George W. Bush", "St. Louis": a dot after a title or an initial.
            if t.isPunctuation(j, ".") && t.has(j, .attached) && j + 1 < n && t.isCapitalized(j + 1)
                && !t.has(j + 1, .afterNewline)
                && (V.titles.contains(t.folded[j - 1]) || t.tokens[j - 1].range.length == 1
                    || t.folded[j - 1] == Self.stKey) {
                j += 2
                continue
            }
            if t.isPunctuation(j, "&") && j + 1 < n && t.isCapitalized(j + 1) { j += 2; continue }
            if t.tokens[j].kind == .word && j + 1 < n && !t.has(j + 1, .afterNewline) {
                let w = t.folded[j]
                if V.particles.contains(w) && t.isCapitalized(j + 1) { j += 2; continue }
                if V.connectors.contains(w) && isHead(j - 1) && w != Self.theKey {
                    var m = j + 1
                    if m < n && t.folded[m] == Self.theKey && !t.isCapitalized(m) { m += 1 }
                    if m < n && t.isCapitalized(m) && !V.titles.contains(t.folded[m]) { j = m + 1; continue }
                }
            }
            break
        }
        return j
    }

}

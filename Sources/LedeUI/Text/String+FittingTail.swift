import LedeScreen

extension String {
    /// The end of the string that fits in `width` cells, with "…" in front when cut: for paths, whose file name
    /// matters more than the folders leading to it. Cut between grapheme clusters, never inside one.
    func fittingTail(width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(self) <= width { return self }
        var kept: [Character] = []
        var used = 1
        for c in reversed() {
            let w = DisplayWidth.of(String(c))
            if used + w > width { break }
            kept.append(c)
            used += w
        }
        return "…" + String(kept.reversed())
    }
}

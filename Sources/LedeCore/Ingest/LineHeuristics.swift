import Foundation

/// Shape tests for one line of scraped text: does it read like a title or heading, a caption, a list item.
public enum LineHeuristics {
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", ")", "]", "*", "_"]

    /// The last scalar that is not a closing quote or bracket.
    static func lastSignificant(_ s: String) -> Unicode.Scalar? {
        var v = s.unicodeScalars[...]
        while let l = v.last, ScalarClass.isSpace(l) || closers.contains(l) { v = v.dropLast() }
        return v.last
    }

    /// Ends a sentence with a full stop (an ellipsis does not count as one).
    public static func endsWithFullStop(_ s: String) -> Bool {
        var v = s.unicodeScalars[...]
        while let l = v.last, ScalarClass.isSpace(l) || closers.contains(l) { v = v.dropLast() }
        guard let last = v.last else { return false }
        if last == "。" || last == "．" { return true }
        if last == "…" { return false }
        if last == "." { return !(v.dropLast().last == ".") }
        return false
    }

    /// Short, no final full stop or clause punctuation, starting with a capital (or a caseless script or digit),
    /// not a list item: the shape of titles and bare-line headings.
    public static func isTitleLike(_ line: String, maxWords: Int, maxScalars: Int) -> Bool {
        guard line.utf8.count <= maxScalars * 4 else { return false }
        let s = Array(line.unicodeScalars)
        guard !s.isEmpty, s.count <= maxScalars else { return false }
        guard let first = s.first(where: { ScalarClass.isLetter($0) || ScalarClass.isDigit($0) }) else { return false }
        if ScalarClass.isLower(first) { return false }
        if isListItem(line) { return false }
        guard let last = lastSignificant(line) else { return false }
        if endsWithFullStop(line) || last == "," || last == ";" || last == ":" || last == "、" { return false }
        var words = 1
        var spaces = 0
        for c in s where c == " " { spaces += 1 }
        words += spaces
        // Caseless scripts (CJK) do not separate words with spaces: bound the length instead.
        if spaces == 0 && s.count > 12 && !first.isASCII { return s.count <= maxScalars / 3 }
        return words <= maxWords
    }

    /// A bare-line section heading: title-like and not two sentences ("Associated Press. “…” — CNN").
    public static func isHeadingLike(_ line: String) -> Bool {
        isTitleLike(line, maxWords: 14, maxScalars: 110) && !hasSentenceBreak(line)
    }

    /// A full stop after a word of four or more letters, then a space and a capital or quote: a sentence ends
    /// inside the line. Abbreviations ("U.S. ", "Lt. Gen. ") are shorter and do not count.
    static func hasSentenceBreak(_ line: String) -> Bool {
        let s = Array(line.unicodeScalars)
        var i = 1
        while i + 2 < s.count {
            if s[i] == ".", s[i + 1] == " ", ScalarClass.isUpper(s[i + 2]) || "\"“‘'".unicodeScalars.contains(s[i + 2]) {
                var j = i - 1, letters = 0
                while j >= 0, ScalarClass.isLetter(s[j]) { letters += 1; j -= 1 }
                if letters >= 4 { return true }
            }
            i += 1
        }
        return false
    }

    /// A document title line.
    public static func isTitleLineLike(_ line: String) -> Bool { isTitleLike(line, maxWords: 30, maxScalars: 220) }

    public static func isListItem(_ line: String) -> Bool {
        let s = Array(line.unicodeScalars.prefix(6))
        guard let f = s.first else { return false }
        if (f == "-" || f == "*" || f == "•" || f == "–" || f == "+") && s.count > 1 && s[1] == " " { return true }
        var i = 0
        while i < s.count, ScalarClass.isDigit(s[i]) { i += 1 }
        return i > 0 && i + 1 < s.count && (s[i] == "." || s[i] == ")") && s[i + 1] == " "
    }

    static let creditMarkers = ["Image:", "Photo:", "Picture:", "Credit:", "Photograph:", "Source image:",
                                "Image credit:", "Photo credit:", "(Photo:", "(Image:"]

    /// A picture caption as scrapes keep them: "… Image: Nick Moreau." with a short credit at the end.
    public static func isCaption(_ line: String) -> Bool {
        guard line.utf8.count < 600, ByteSearch.wordCount(line) <= 45 else { return false }
        for m in creditMarkers {
            guard let at = ByteSearch.find(m, in: line, last: true) else { continue }
            let bytes = Array(line.utf8)
            if at > 0 && bytes[at - 1] != 0x20 { continue }
            let credit = String(decoding: bytes[(at + m.utf8.count)...], as: UTF8.self)
            let creditWords = ByteSearch.wordCount(credit)
            if creditWords >= 1 && creditWords <= 8 { return true }
        }
        return false
    }
}

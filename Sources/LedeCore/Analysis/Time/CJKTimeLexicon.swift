/// The Chinese and Japanese words that name a time by themselves ("今日", "昨年", "上个月", "翌日"), with what they mean.
///
/// Both languages share most of these; where they differ ("前年" is "the year before" in Japanese but "the year
/// before last" in Chinese) the word is left out rather than guessed. "この日" (this day) is left out too: news
/// uses it for the day of the story, not the last date the text wrote, and the tagger cannot tell which that is.
enum CJKTimeLexicon {
    struct Word {
        let scalars: [Unicode.Scalar]
        let meaning: TimexMeaning
        /// A relative year ("今年", "昨年") may be followed by a month and day of that year ("今年8月2日").
        var yearOffset: Int? = nil
        var type: TimeExpression.Kind = .date
    }

    private static func w(_ text: String, _ meaning: TimexMeaning, year: Int? = nil) -> Word {
        Word(scalars: Array(text.unicodeScalars), meaning: meaning, yearOffset: year)
    }

    private static func year(_ text: String, _ o: Int) -> Word { w(text, .relativeUnit(.year, offset: o), year: o) }

    /// Longest words first, so that "一昨年" wins over a reading that starts with "一".
    static let words: [Word] = [
        w("一昨日", .relativeDay(-2)), w("明後日", .relativeDay(2)), year("一昨年", -2),
        w("上个月", .relativeUnit(.month, offset: -1)), w("上個月", .relativeUnit(.month, offset: -1)),
        w("下个月", .relativeUnit(.month, offset: 1)), w("下個月", .relativeUnit(.month, offset: 1)),
        w("这个月", .relativeUnit(.month, offset: 0)), w("這個月", .relativeUnit(.month, offset: 0)),
        w("上星期", .relativeUnit(.week, offset: -1)), w("下星期", .relativeUnit(.week, offset: 1)),
        w("这星期", .relativeUnit(.week, offset: 0)),
        w("今日", .relativeDay(0)), w("本日", .relativeDay(0)), w("今天", .relativeDay(0)),
        w("昨日", .relativeDay(-1)), w("昨天", .relativeDay(-1)),
        w("明日", .relativeDay(1)), w("明天", .relativeDay(1)),
        w("前天", .relativeDay(-2)), w("后天", .relativeDay(2)),
        year("今年", 0), year("本年", 0), year("昨年", -1), year("去年", -1),
        year("来年", 1), year("來年", 1), year("明年", 1),
        w("今月", .relativeUnit(.month, offset: 0)), w("本月", .relativeUnit(.month, offset: 0)),
        w("先月", .relativeUnit(.month, offset: -1)), w("上月", .relativeUnit(.month, offset: -1)),
        w("来月", .relativeUnit(.month, offset: 1)), w("來月", .relativeUnit(.month, offset: 1)),
        w("下月", .relativeUnit(.month, offset: 1)),
        w("今週", .relativeUnit(.week, offset: 0)), w("本周", .relativeUnit(.week, offset: 0)),
        w("本週", .relativeUnit(.week, offset: 0)), w("这周", .relativeUnit(.week, offset: 0)),
        w("先週", .relativeUnit(.week, offset: -1)), w("上周", .relativeUnit(.week, offset: -1)),
        w("上週", .relativeUnit(.week, offset: -1)),
        w("来週", .relativeUnit(.week, offset: 1)), w("來週", .relativeUnit(.week, offset: 1)),
        w("下周", .relativeUnit(.week, offset: 1)), w("下週", .relativeUnit(.week, offset: 1)),
        w("同日", .anaphoric(.day, offset: 0, antecedent: nil)), w("当日", .anaphoric(.day, offset: 0, antecedent: nil)),
        w("當日", .anaphoric(.day, offset: 0, antecedent: nil)), w("翌日", .anaphoric(.day, offset: 1, antecedent: nil)),
        w("次日", .anaphoric(.day, offset: 1, antecedent: nil)), w("前日", .anaphoric(.day, offset: -1, antecedent: nil)),
        w("同年", .anaphoric(.year, offset: 0, antecedent: nil)), w("翌年", .anaphoric(.year, offset: 1, antecedent: nil)),
        w("同月", .anaphoric(.month, offset: 0, antecedent: nil)), w("翌月", .anaphoric(.month, offset: 1, antecedent: nil)),
        w("翌週", .anaphoric(.week, offset: 1, antecedent: nil)),
        w("現在", .literal("PRESENT_REF")), w("现在", .literal("PRESENT_REF")),
        w("近年", .literal("PAST_REF")), w("先日", .literal("PAST_REF")), w("将来", .literal("FUTURE_REF")),
    ]

    /// Every scalar a word above starts with, plus the numerals and the words that open a dated number
    /// ("午後3時", "平成20年"): only tokens starting with one of these are looked at.
    static let starts: Set<UInt32> = {
        var set = Set(words.map { $0.scalars[0].value })
        for c in "〇一二三四五六七八九十午上下晚凌早平令昭".unicodeScalars { set.insert(c.value) }
        return set
    }()

    /// Kanji numerals for small numbers.
    static func numeral(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两", "兩": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }

    /// Japanese eras by the Gregorian year before their first year ("平成20年" is 1988 + 20).
    static let eras: [(name: [Unicode.Scalar], base: Int)] = [
        (Array("令和".unicodeScalars), 2018), (Array("平成".unicodeScalars), 1988), (Array("昭和".unicodeScalars), 1925),
    ]

    /// "午前" and "午後" (Japanese), "上午", "下午", "早上", "晚上", "凌晨" (Chinese) before a time of day: whether
    /// the hour is after noon.
    static let meridiems: [(word: [Unicode.Scalar], afternoon: Bool)] = [
        (Array("午前".unicodeScalars), false), (Array("午後".unicodeScalars), true), (Array("上午".unicodeScalars), false),
        (Array("下午".unicodeScalars), true), (Array("早上".unicodeScalars), false), (Array("晚上".unicodeScalars), true),
        (Array("凌晨".unicodeScalars), false),
    ]
}

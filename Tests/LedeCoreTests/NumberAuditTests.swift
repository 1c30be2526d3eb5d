import Foundation
import Testing
@testable import LedeCore

/// The overflow audit's property tests: every parser of an integer in article text is fed numbers of 1 to 400
/// digits, with signs, separators and exponents, and must either read the value exactly or reject it, never
/// trap or wrap around. The whole pipeline then reads such numbers in every position a number can take, in
/// every format.
@Suite struct NumberAuditTests {
    // MARK: Number forms

    /// `n` digits, not all alike (so a wrapped value cannot pass for the right one), with a non-zero lead.
    static func digits(_ n: Int) -> String {
        String((0..<n).map { k in Character(String(k == 0 ? 1 + (n % 9) : (k * 7 + n) % 10)) })
    }

    /// The lengths around every boundary: one to five digits, the edges of 32 and 64 bits and of 2^53, of
    /// a Double's range, and the longest.
    static let boundaryLengths = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 15, 16, 17, 18, 19, 20, 21, 39, 40, 100, 308, 309, 310, 400]

    /// Every form of number text at each length: plain, all nines, signed, grouped, decimal, exponent.
    static func forms(_ n: Int) -> [String] {
        let d = digits(n)
        var grouped = ""
        for (k, c) in d.enumerated() {
            if k > 0 && (n - k) % 3 == 0 { grouped += "," }
            grouped.append(c)
        }
        return [d, String(repeating: "9", count: n), "-" + d, "+" + d, "\u{2212}" + d, grouped,
                d + "." + digits(max(1, n / 2)), d + "e" + String(n), d + "E-" + String(n), "0" + d]
    }

    static let allForms: [String] = (1...400).map(digits) + boundaryLengths.flatMap(forms)

    // MARK: Each parser alone

    @Test func decimalDigitsReadsExactlyOrRejects() {
        for n in 1...400 {
            for s in [Self.digits(n), String(repeating: "9", count: n), "0" + Self.digits(n)] {
                let u = Array(s.utf8)
                #expect(DecimalDigits.ascii(u, 0..<u.count) == Int(s), "\(s)")
                let limited = DecimalDigits.ascii(u, 0..<u.count, limit: 999_999)
                #expect(limited == Int(s).flatMap { $0 <= 999_999 ? $0 : nil }, "\(s)")
            }
        }
        #expect(DecimalDigits.ascii(Array("-1".utf8), 0..<2) == nil)
        #expect(DecimalDigits.ascii(Array("1,0".utf8), 0..<3) == nil)
        #expect(DecimalDigits.ascii(Array("1e3".utf8), 0..<3) == nil)
    }

    @Test(arguments: [0, 1, 2])
    func isoDatesRejectLongFields(_ field: Int) {
        for s in Self.allForms {
            let parts = ["2020", "01", "15"].enumerated().map { $0.offset == field ? s : $0.element }
            let iso = parts.joined(separator: "-")
            guard let date = CalendarDate(iso: iso) else { continue }
            // Anything after the day is ignored; the day read must be the one written.
            #expect(iso.hasPrefix(date.iso), "\(iso) read as \(date.iso)")
            #expect(TimexValue.day(String(iso.prefix(10))) == date)
        }
    }

    @Test func timexValuePartsRejectLongNumbers() {
        for s in Self.allForms {
            let year = TimexValue.yearOf(s)
            #expect(year == nil || (s.utf8.count == 4 && Int(s) == year), "\(s)")
            let month = TimexValue.monthOf("2020-" + s)
            #expect(month == nil || (s.utf8.count == 2 && Int(s) == month), "\(s)")
            for (unit, days) in [("D", 1), ("W", 7), ("M", 30), ("Y", 365)] {
                let v = TimelineBuilder.days(of: "P" + s + unit)
                let expected = Int(s).flatMap { s.first!.isNumber && $0 <= 1_000_000 ? $0 * days : nil }
                #expect(v == expected, "P\(s)\(unit)")
            }
        }
    }

    @Test func figuresAreExactOrRejected() {
        for s in Self.allForms {
            let scalars = Array(s.unicodeScalars)
            guard let v = NumberParser.digits(scalars, TextRange(0, scalars.count)) else { continue }
            #expect(v.isFinite, "\(s)")
            let whole = s.prefix { $0 != "." }.filter { $0 != "," }
            guard let exact = Double(whole), whole.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                Issue.record("\(s) read as the figure \(v)")
                continue
            }
            #expect(exact <= NumberParser.largestExact, "\(s) read as \(v), which a Double cannot hold")
            #expect(v == Double(s.filter { $0 != "," }), "\(s) read as \(v)")
        }
    }

    @Test func characterReferencesPastUnicodeBecomeReplacement() {
        for n in 1...400 {
            let d = Self.digits(n)
            for (body, radix) in [(d, 10), ("x" + d, 16)] {
                let html = "a&#\(body);b"
                let out = HTMLCharacterReferences.rewrite(html)
                let value = UInt32(d, radix: radix)
                if value.map({ $0 > 0x10FFFF }) ?? true {
                    #expect(out == "a\u{FFFD}b", "\(html) -> \(out)")
                }
                let scalars = Array(html.unicodeScalars)
                if let (c, next) = HTMLEntities.decode(scalars, at: 1) {
                    #expect(next == scalars.count - 1)
                    #expect(c == value.flatMap(Unicode.Scalar.init) ?? TextSanitizer.replacement, "\(html)")
                }
            }
        }
    }

    @Test func datelinesRejectLongNumbers() {
        for s in Self.allForms {
            for line in ["\(s) January 2020", "January \(s), 2020", "Tuesday, September 22, \(s)", "22 Sept. \(s)",
                         "\(s)th September 2015"] {
                guard let date = DateParser.leadingDate(line)?.date else { continue }
                #expect((1...31).contains(date.day) && (0...9999).contains(date.year), "\(line) -> \(date.iso)")
                #expect(line.contains(String(date.day)) && line.contains(String(date.year)), "\(line) -> \(date.iso)")
            }
            _ = DateParser.parse(s + "-01-01T00:00:00Z")
            _ = BoilerplateClassifier.classify("\(s) thoughts on \u{201C}A title\u{201D}")
            _ = BoilerplateClassifier.commentFooterTitle("\(s) Comments on \"A title\"")
        }
    }

    // MARK: The whole pipeline

    /// Sentences holding a number (`#`) in each place one can stand: codes, figures, money, percentages,
    /// scores, ordinals, durations, times of day, dates of every form, years, decades, centuries, eras,
    /// ranges, CJK dates and counts, ages, references and comment counts.
    static let positions: [String] = [
        "Reference number # was filed.",
        "The fund grew by # dollars, or # percent, to $# million, €#bn and £# per cent.",
        "About # people, more than # soldiers, at least # votes and nearly # tonnes were counted.",
        "The score was #-# after # minutes; Sweden won # – #; the team came #th, #st, #nd and #rd.",
        "It lasted # years, # weeks, # days and # hours, ending # days ago and # years later.",
        "Within # months, every # days, for the past # years and in # decades, # centuries passed.",
        "The meeting is at #:#, at # p.m., at #pm, at #.#am, at # GMT and at #:#:# ET.",
        "It happened on March #, #, on # March #, on # March, on the #th of March and in March #.",
        "It was in # BC, in AD #, in # AD, c. #, in the #s, in the #th century and in the #th-century.",
        "Filed on #/#/#, on #-#-#, on #.#.#, in Q# #, in the first quarter of # and in summer #.",
        "From # to #, between # and #, (# – #), # – #, and #–# people.",
        "#年#月#日、#年、#年代、#ヶ月、#个月、#年間、#日前、#年後、#時#分、平成#年、#月#日。",
        "The #-year-old joined for a #-year term after a #-day strike and #-hour talks.",
        "Section #, ¶¶ #–#, page #, line #, column #, No. #, #, #%, #x and Top #.",
        "#",
        "# thoughts on \u{201C}The title\u{201D}",
        "# Comments on \"The title\"",
    ]

    static func article(_ number: String) -> String {
        let dateline = "Tuesday, September #, #\n\n"
        return (dateline + positions.joined(separator: "\n\n")).replacingOccurrences(of: "#", with: number)
    }

    /// Full-width digits, as CJK text writes them.
    static func fullWidth(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map {
            $0.value >= 0x30 && $0.value <= 0x39 ? Unicode.Scalar($0.value - 0x30 + 0xFF10)! : $0
        }))
    }

    static func check(_ articles: [Article], _ what: String, bothDates: Bool = true) {
        for article in articles {
            for date in bothDates ? [nil, CalendarDate(year: 2020, month: 2, day: 29)] : [nil] {
                let analysis = Analyzer.analyze(article, options: AnalysisOptions(referenceDate: date))
                let broken = AnalysisInvariants.violations(article, analysis)
                #expect(broken.isEmpty, "\(what): \(broken.prefix(3))")
                var json = ""
                AnalysisJSON.write(article, analysis) { json += $0 }
                #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(what): invalid JSON")
            }
        }
    }

    @Test func plainTextReadsNumbersOfEveryLengthInEveryPosition() {
        for n in 1...400 {
            let text = Self.article(Self.digits(n))
            Self.check([PlainTextIngestor.article(text: text, source: "n\(n)")], "\(n) digits", bothDates: n % 7 == 0)
        }
    }

    @Test func plainTextReadsSignedGroupedAndExponentNumbers() {
        for s in Self.boundaryLengths.flatMap(Self.forms) {
            Self.check([PlainTextIngestor.article(text: Self.article(s), source: "form")], s)
            Self.check([PlainTextIngestor.article(text: Self.fullWidth(Self.article(s)), source: "full-width")], s)
        }
    }

    @Test func everyFormatReadsLongNumbersInItsMarkup() throws {
        for s in Self.boundaryLengths.flatMap(Self.forms) {
            let body = Self.positions.prefix(6).joined(separator: " ").replacingOccurrences(of: "#", with: s)
            let markdown = """
                ---
                title: Report \(s)
                date: \(s)-\(s)-\(s)
                ---

                # Heading \(s)

                \(s). An ordered item, \(body)

                \(body)[^\(s)] &#\(s); &#x\(s);

                [^\(s)]: A note dated \(s) March \(s).
                """
            let html = """
                <html><head><title>\(s)</title>
                <meta property="article:published_time" content="\(s)-\(s)-\(s)T\(s):00:00Z">
                <script type="application/ld+json">{"datePublished":"\(s)"}</script></head>
                <body><article><h1>Item \(s)</h1><p><time datetime="\(s)-01-01">\(s)</time> \(body) &#\(s); &#x\(s);
                &#\(s) &#x\(s)</p><ol start="\(s)"><li value="\(s)">\(body)</li></ol></article></body></html>
                """
            let rss = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>\(s)</title><item><title>Item \(s)</title>
                <pubDate>Tue, \(s) Jan \(s) \(s):00:00 GMT</pubDate><description>\(body) &amp;#\(s);</description>
                </item></channel></rss>
                """
            let atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>\(s)</title><published>\(s)-01-01T00:00:00Z</published>
                <updated>2020-\(s)-01</updated><content type="html">&lt;p&gt;\(body)&lt;/p&gt;</content></entry></feed>
                """
            for (format, text) in [(ArticleFormat.markdown, markdown), (.html, html), (.rss, rss), (.atom, atom)] {
                let articles = try Ingestor.articles(from: Data(text.utf8), source: "audit", as: format)
                Self.check(articles, "\(format) \(s)")
            }
        }
    }
}

import Foundation
import Testing
@testable import LedeCore

/// Every corpus file: the body (everything not marked boilerplate) holds none of the page furniture, and
/// the headings come out as sections.
@Suite("Ingest: every corpus file")
struct IngestCorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var title: String?
        /// Section titles in order, the untitled lead as nil.
        var sections: [String?]
        /// Furniture that must not be in the body.
        var furniture: [String]
        /// Article text that must survive.
        var keeps: [String]
        var testDescription: String { file }
    }

    static let wikiChrome = ["From Wikinews", "Jump to", "Have an opinion", "Share this", "Retrieved from",
                             "Categories", "Privacy policy", "last edited", "Creative Commons", "Main menu",
                             "Navigation", "Personal tools", "Log in", "View history", "NewPP", "RLQ", "archived"]

    static let cases: [Expectation] = [
        Expectation(file: "seed-halevi-resigns.txt",
                    title: "Israel’s Top General Resigns Amid Security Failures During October 7 Attack",
                    sections: [nil, "A Resounding Blow to National Security",
                               "The October 7 Assault: A Devastating Surprise Attack",
                               "The Ongoing Military Campaign and Ceasefire", "Internal Struggles within Israel’s Government",
                               "The Human Cost of the Conflict", "Looking Ahead: A Path to Peace or Continued Violence?"],
                    furniture: ["Table of Contents", "thought on"], keeps: ["Lt. Gen. Herzi Halevi"]),
        Expectation(file: "wikinews-2018-06-19-world-cup-day-five.txt",
                    title: "FIFA World Cup 2018 day five: Sweden, Belgium, England win three points",
                    sections: [nil, "Group F — Sweden 1 – 0 Korea Republic", "Group G — Belgium 3 – 0 Panama",
                               "Group G — Tunisia 1 – 2 England"],
                    furniture: ["Table of Contents", "thoughts on"], keeps: ["Budweiser Man of the Match"]),
        Expectation(file: "wikinews-2018-08-18-aretha-franklin-dies.txt",
                    title: "Singer Aretha Franklin, 'queen of soul', dies aged 76", sections: [nil],
                    furniture: ["Posted on", "by admin", "Share this", "Click to", "Opens in new window", "Like this",
                                "Loading", "thought on", "Source: Wikinews", "https://"],
                    keeps: ["Aretha Franklin is survived by sons"]),
        Expectation(file: "wikinews-2006-08-06-castro-recovering.txt",
                    title: "Castro recovering following surgery: Cuban officials", sections: [nil, "Source"],
                    furniture: ["From Wikinews", "Jump to navigation", "automatically archived", "Retrieved from",
                                "Categories:", "Sunday, August 6, 2006"],
                    keeps: ["Castro's Cuba shrugs off US plea for change"]),
        Expectation(file: "wikinews-2015-08-21-north-korea-quasi-state-of-war.txt",
                    title: "North Korea puts military in 'quasi-state of war'", sections: [nil],
                    furniture: wikiChrome + ["Not logged in", "Main page", "Water cooler", "Cite this page",
                                             "Mobile view", "Disclaimers"],
                    keeps: ["Both countries have put their militaries on high levels of alert."]),
        Expectation(file: "wikinews-2015-05-18-asylum-seekers-rescued-indonesia.txt",
                    title: "Over 900 asylum seekers rescued off Indonesian coast", sections: [nil],
                    furniture: ["Share this", "Facebook", "Twitter", "Email", "Related articles", "Mecca crane",
                                "New Zealand begins", "quasi-state"],
                    keeps: ["Estimates suggest 8000 migrants may be currently at sea in the region."]),
        Expectation(file: "wikinews-2015-08-02-italy-religious-school-taxes.txt",
                    title: "Local municipalities in Italy ask taxes from religious schools", sections: [nil],
                    furniture: ["Sunday, August 2, 2015"], keeps: ["Union of Rationalist Atheists and Agnostics"]),
        Expectation(file: "wikinews-2016-09-07-fan-expo-canada.txt",
                    title: "Pop culture celebrated at Fan Expo Canada 2016 in Toronto",
                    sections: [nil, "Displays of charity at event", "Cosplay celebration of craftsmanship and characters",
                               "Disney", "Superheroes", "Anime", "Video games, movies, and more"],
                    furniture: ["Wednesday, September 7, 2016", "\u{FEFF}", "\r"], keeps: ["Klingon Assault Group"]),
        Expectation(file: "wikinews-2010-10-09-scientology-defector-arrested.txt", title: nil, sections: [nil],
                    furniture: [], keeps: ["Daniel Montalvo, 19"]),
        Expectation(file: "wikinews-2006-03-27-greek-court-worship-ruling.txt", title: nil, sections: [nil],
                    furniture: [], keeps: ["Greek court has ruled"]),
        Expectation(file: "ja-wikinews-2008-09-01-fukuda-resignation.txt", title: "福田首相、辞意を表明-在任1年、改造後1ヶ月で",
                    sections: [nil], furniture: [], keeps: ["日本の福田首相は"]),
        Expectation(file: "wikinews-2016-09-09-hong-kong-legco-election.md",
                    title: "New faces emerge as veteran politicians step down in Hong Kong legislative election",
                    sections: [nil], furniture: ["](", "**", "Friday, September 9, 2016", "https://"],
                    keeps: ["nonpartisan pan-democrat Eddie Chu was elected"]),
        Expectation(file: "wikinews-2011-03-08-microsoft-ie6-countdown.md",
                    title: "Microsoft waits for death of Internet Explorer 6", sections: [nil],
                    furniture: ["license:", "source:", "---", "**", "Tuesday, March 8, 2011"],
                    keeps: ["Microsoft no longer wants to support it."]),
        Expectation(file: "mueller-report-vol1-sec3-russian-hacking-and-dumping.md",
                    title: "III. Russian Hacking and Dumping Operations",
                    sections: [nil, "A. GRU Hacking Directed at the Clinton Campaign", "1. GRU Units Target the Clinton Campaign",
                               "2. Intrusions into the DCCC and DNC Networks", "a. Initial Access",
                               "b. Implantation of Malware on DCCC and DNC Networks",
                               "c. Theft of Documents from DNC and DCCC Networks", "B. Dissemination of the Hacked Materials",
                               "1. DCLeaks", "2. Guccifer 2.0", "3. Use of WikiLeaks",
                               "a. WikiLeaks’s Expressed Opposition Toward the Clinton Campaign",
                               "b. WikiLeaks’s First Contact with Guccifer 2.0 and DCLeaks",
                               "c. The GRU’s Transfer of Stolen Materials to WikiLeaks",
                               "d. WikiLeaks Statements Dissembling About the Source of Stolen Materials",
                               "C. Additional GRU Cyber Operations",
                               "1. Summer and Fall 2016 Operations Targeting Democrat-Linked Victims",
                               "2. Intrusions Targeting the Administration of U.S. Elections",
                               "D. Trump Campaign and the Dissemination of Hacked Materials", "1. [Harm to Ongoing Matter]",
                               "a. Background", "b. Contacts with the Campaign about WikiLeaks", "c. [Harm to Ongoing Matter]",
                               "d. WikiLeaks’s October 7, 2016 Release of Stolen Podesta Emails",
                               "e. Donald Trump Jr. Interaction with WikiLeaks",
                               "2. Other Potential Campaign Interest in Russian Hacked Materials",
                               "a. Henry Oknyansky (a/k/a Henry Greenberg)",
                               "b. Campaign Efforts to Obtain Deleted Clinton Emails", "Notes"],
                    furniture: ["[^", "](", "###"], keeps: ["Military Units 26165 and 74455.[110]"]),
        Expectation(file: "wikinews-2015-09-12-mecca-crane-collapse.html",
                    title: "At least 107 killed in Mecca crane collapse", sections: [nil],
                    furniture: wikiChrome + ["Saturday, September 12, 2015", "Search Wikinews", "Water cooler",
                                             "Add languages", "Reddit", "LinkedIn", "Cookie statement", "mw.config"],
                    keeps: ["Mecca's Grand Mosque, killing 107 or more"]),
        Expectation(file: "wikinews-2017-07-21-afghan-girls-robotics-team.html",
                    title: "After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition",
                    sections: [nil], furniture: wikiChrome + ["Friday, July 21, 2017", "Search Wikinews", "Mobile view"],
                    keeps: ["Rodaba Noori told the press"]),
        Expectation(file: "wikinews-2008-01-20-hackers-attack-scientology-site.html",
                    title: "Hackers attack Church of Scientology website", sections: [nil],
                    furniture: ["Skip to content", "Daily Dispatch", "Contact Us", "Politics", "By admin", "Share this",
                                "WhatsApp", "Related", "Scientology defector", "Internet Explorer 6", "thoughts on",
                                "reader1", "Thanks for sharing", "Leave a Reply", "Your email address", "Search for",
                                "Recent Posts", "Archives", "January 2008", "ACCEPT", "cookies", "Newsup",
                                "Source: Wikinews", "datePublished", "jQuery"],
                    keeps: ["Scientology website had already increased 18-fold"]),
        Expectation(file: "wikinews-2015-09-22-ahmed-mohamed-clock.html",
                    title: "Texas student Ahmed Mohamed inspires social movement", sections: [nil],
                    furniture: ["Source: Wikinews", "CC BY 2.5", "Wikinews ·"],
                    keeps: ["#IStandWithAhmed"]),
    ]

    @Test(arguments: cases)
    func bodyWithoutFurnitureAndHeadingsAsSections(_ c: Expectation) throws {
        let a = try IngestFixtures.article(c.file)
        #expect(a.title == c.title)
        #expect(a.sections.map(\.title) == c.sections)
        let body = IngestFixtures.body(a)
        for f in c.furniture { #expect(!body.contains(f), "\(c.file): furniture in body: \(f)") }
        for k in c.keeps { #expect(body.contains(k), "\(c.file): lost article text: \(k)") }
        Self.checkInvariants(a)
    }

    @Test func feedItemsHaveNoFurniture() throws {
        let items = try IngestFixtures.load("wikinews-sample-feed.rss")
        #expect(items.count == 4)
        for a in items {
            let body = IngestFixtures.body(a)
            for f in ["<", "CDATA", "licensed under", "Image: NASA"] where f != "Image: NASA" || a.source.hasSuffix("#2") {
                #expect(!body.contains(f), "\(a.source): \(f)")
            }
            #expect(a.sections.map(\.title) == [nil])
            Self.checkInvariants(a)
        }
    }

    @Test func everyCorpusFileIsCovered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: IngestFixtures.corpus.path)
            .filter { $0 != "SOURCES.md" && !$0.hasPrefix(".") }
        let covered = Set(Self.cases.map(\.file) + ["wikinews-sample-feed.rss"])
        #expect(Set(files) == covered)
    }

    /// Structure that must hold for any article: ranges inside the text, blocks in order and not overlapping,
    /// sections starting at their headings, no unsafe control anywhere.
    static func checkInvariants(_ a: Article) {
        let n = a.text.count
        var last = -1
        for b in a.blocks {
            #expect(b.range.start >= 0 && b.range.end <= n && !b.range.isEmpty)
            #expect(b.range.start > last)
            last = b.range.end
            #expect((b.kind == .heading) == (b.level != nil))
            #expect((b.kind == .boilerplate) == (b.boilerplate != nil))
        }
        for s in a.sections {
            #expect(s.range.start >= 0 && s.range.end <= n && s.range.start <= s.range.end)
            if let h = s.heading { #expect(h.start == s.range.start && s.title == a.text[h]) }
        }
        #expect(!a.text.scalars.contains { TextSanitizer.isUnsafe($0.value) })
        if let t = a.title { #expect(!t.unicodeScalars.contains { $0.value < 0x20 || TextSanitizer.isUnsafe($0.value) }) }
    }
}

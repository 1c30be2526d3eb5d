import Testing
@testable import LedeCore

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndEscapes() {
        let v = JSONValue.object([("b", .int(1)), ("a", .string("q\"\\\n\u{1B}é")), ("c", .array([.null, .bool(true)]))])
        #expect(v.serialized() == #"{"b":1,"a":"q\"\\\n\u001bé","c":[null,true]}"#)
    }

    @Test func numbers() {
        #expect(JSONValue.double(1200).serialized() == "1200")
        #expect(JSONValue.double(0.333).serialized() == "0.333")
        #expect(JSONValue.double(.nan).serialized() == "null")
    }

    @Test func prettyPrintsNested() {
        let v = JSONValue.object([("a", .array([.int(1)])), ("b", .object([]))])
        #expect(v.serialized(pretty: true) == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}")
    }
}

@Suite struct AnalysisJSONTests {
    /// A timeline entry's end date must not collide with the "end" of its span: the scorer reads "end" as the span.
    @Test func timelineEndDateHasItsOwnKey() {
        let article = Article(source: "t.txt", format: .text, text: "The ceasefire began on January 18, 2025.")
        var analysis = Analysis()
        analysis.timeline = [TimelineEvent(date: "2025-01-18", end: "2025-03-01", summary: "The ceasefire began",
                                           range: TextRange(0, 39), sentence: TextRange(0, 40))]
        guard case .object(let top) = AnalysisJSON.object(article, analysis),
              case .array(let timeline)? = top.first(where: { $0.0 == "timeline" })?.1,
              case .object(let entry)? = timeline.first else {
            Issue.record("no timeline entry"); return
        }
        let keys = entry.map(\.0)
        #expect(Set(keys).count == keys.count)
        #expect(entry.first { $0.0 == "end" }?.1 == .int(39))
        #expect(entry.first { $0.0 == "end_date" }?.1 == .string("2025-03-01"))
    }
}

@Suite struct JSONStreamingTests {
    /// The chunked writer must produce exactly the one-piece serialization, in pieces no bigger than needed.
    @Test(arguments: [false, true])
    func chunksJoinToTheSerialization(pretty: Bool) {
        let item = JSONValue.object([("text", .string("Is-rael’s \"top\" leader\n福田 👍🏽")), ("n", .int(42)),
                                     ("x", .double(0.5)), ("ok", .bool(true)), ("none", .null)])
        let big = JSONValue.object([("items", .array(Array(repeating: item, count: 5_000))), ("empty", .array([]))])
        var chunks: [String] = []
        big.write(pretty: pretty) { chunks.append($0) }
        #expect(chunks.joined() == big.serialized(pretty: pretty))
        #expect(chunks.count > 1)
        #expect(chunks.dropLast().allSatisfy { $0.utf8.count >= 1 << 16 && $0.utf8.count < 1 << 17 })
    }

    /// The streaming writer (one array element at a time) prints exactly what the whole value prints.
    @Test(arguments: ["seed-halevi-resigns.txt", "wikinews-sample-feed.rss", "wikinews-2015-09-12-mecca-crane-collapse.html"])
    func streamedOutputEqualsTheWholeValue(_ name: String) throws {
        for article in try Ingestor.load(FixturePaths.corpus(name)) {
            let analysis = Analyzer.analyze(article)
            for pretty in [false, true] {
                var streamed = ""
                var pieces = 0
                AnalysisJSON.write(article, analysis, pretty: pretty) { streamed += $0; pieces += 1 }
                #expect(streamed == AnalysisJSON.object(article, analysis).serialized(pretty: pretty))
                #expect(pieces >= 1)
            }
        }
        var empty = ""
        AnalysisJSON.write(Article(source: "e", format: .text, text: ""), Analysis(), pretty: true) { empty += $0 }
        #expect(empty == AnalysisJSON.object(Article(source: "e", format: .text, text: ""), Analysis()).serialized(pretty: true))
    }
}

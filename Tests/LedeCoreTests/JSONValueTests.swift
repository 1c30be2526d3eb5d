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

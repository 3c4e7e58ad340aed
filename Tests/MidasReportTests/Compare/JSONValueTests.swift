import MidasCore
import Testing

@testable import MidasReport

struct JSONValueTests {
    @Test func parsesEveryKindKeepingNumberText() throws {
        let text = #"{"a": [1.50, -2e-3, true, false, null], "s": "q\"\\\/\n\u00e9\ud83d\ude00", "o": {}}"#
        let value = try JSONValue(parsing: Array(text.utf8), file: "m.json")
        #expect(
            value
                == .object([
                    "a": .array([.number("1.50"), .number("-2e-3"), .bool(true), .bool(false), .null]),
                    "s": .string("q\"\\/\né😀"),
                    "o": .object([:]),
                ]))
        #expect(value.rendered == #"{"a":[1.50,-2e-3,true,false,null],"o":{},"s":"q\"\\/\né😀"}"#)
        let control = try JSONValue(parsing: Array(#""\u0001\t""#.utf8), file: "m.json")
        #expect(control.rendered == #""\u0001\t""#)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "tru", "1 2", "+1", "{\"a\":1,\"a\":2}"])
    func rejectsInvalidDocuments(text: String) throws {
        let error = try #require(throws: InputError.self) { try JSONValue(parsing: Array(text.utf8), file: "m.json") }
        #expect(error.file == "m.json")
        #expect(error.detail.hasPrefix("not valid JSON"))
    }
}

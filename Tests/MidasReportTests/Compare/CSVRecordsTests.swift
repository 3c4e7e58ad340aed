import MidasCore
import Testing

@testable import MidasReport

struct CSVRecordsTests {
    @Test func splitsQuotedFieldsAndLineEnds() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n\"two\nlines\",,3"
        let records = try CSVRecords(parsing: Array(text.utf8), file: "t.csv").records
        #expect(records == [["a", "b", "c"], ["x, y", "say \"hi\"", ""], ["two\nlines", "", "3"]])
    }

    @Test func emptyFileHasNoRecords() throws {
        #expect(try CSVRecords(parsing: [], file: "t.csv").records == [])
    }

    @Test func unclosedQuoteNamesItsLine() throws {
        let error = try #require(throws: InputError.self) {
            try CSVRecords(parsing: Array("a\nb\n\"c\n".utf8), file: "t.csv")
        }
        #expect(error.file == "t.csv")
        #expect(error.line == 3)
    }
}

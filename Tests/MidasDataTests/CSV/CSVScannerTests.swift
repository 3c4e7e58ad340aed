import MidasCore
import Testing

@testable import MidasData

struct CSVScannerTests {
    @Test func readsHeaderAndRowsWithLineNumbers() throws {
        let (header, rows) = try scanRecords("a,b,c\n1,2,3\n4,5,6\n")
        #expect(header.names == ["a", "b", "c"])
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows.map(\.fields) == [["1", "2", "3"], ["4", "5", "6"]])
        #expect(rows.allSatisfy { !$0.truncated })
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let (header, rows) = try scanRecords("\u{FEFF}date,close\r\n2024-01-01,83.1\r\n2024-01-02,83.2\r\n")
        #expect(header.names == ["date", "close"])
        #expect(header.index(of: "date") == 0)
        #expect(rows.map(\.fields) == [["2024-01-01", "83.1"], ["2024-01-02", "83.2"]])
        #expect(rows.map(\.line) == [2, 3])
    }

    @Test func quotedFieldsKeepCommasNewlinesAndDoubledQuotes() throws {
        let (_, rows) = try scanRecords(
            "name,value\n\"a, b\",\"1,234.50\"\n\"say \"\"hi\"\"\",\"two\nlines\"\nlast,1\n")
        #expect(rows.map(\.fields) == [["a, b", "1,234.50"], ["say \"hi\"", "two\nlines"], ["last", "1"]])
        #expect(rows.map(\.line) == [2, 3, 5])
    }

    @Test func skipsBlankLinesButCountsThem() throws {
        let (_, rows) = try scanRecords("a,b\n\n1,2\r\n\r\n3,4\n\n")
        #expect(rows.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(rows.map(\.line) == [3, 5])
    }

    @Test func headerNamesAreTrimmedAndMatchedIgnoringCase() throws {
        let (header, rows) = try scanRecords("Date ,OPEN ,Close,\n01-JAN-2020,1,2,\n")
        #expect(header.names == ["Date", "OPEN", "Close", ""])
        #expect(header.requiredFieldCount == 3)
        #expect(header.index(of: "open") == 1)
        #expect(header.index(of: "") == nil)
        #expect(rows[0].fields == ["01-JAN-2020", "1", "2", ""])
    }

    @Test func lastLineWithoutNewlineIsCompleteWhenItHasEveryField() throws {
        let (_, rows) = try scanRecords("a,b,c\n1,2,3\n4,5,6")
        #expect(rows.map(\.truncated) == [false, false])
        #expect(rows[1].fields == ["4", "5", "6"])
    }

    @Test func lastLineCutShortIsTruncated() throws {
        let (_, rows) = try scanRecords("a,b,c\n1,2,3\n4,5")
        #expect(rows.map(\.truncated) == [false, true])
        #expect(rows[1].line == 3)
    }

    @Test func unclosedQuoteIsTruncated() throws {
        let (_, rows) = try scanRecords("a,b\n1,\"2")
        #expect(rows.map(\.truncated) == [true])
    }

    @Test func trailingCommaGivesTrailingEmptyField() throws {
        let (_, rows) = try scanRecords("a,b\n1,\n,2")
        #expect(rows.map(\.fields) == [["1", ""], ["", "2"]])
        #expect(rows.map(\.truncated) == [false, false])
    }

    @Test(arguments: ["", "\u{FEFF}", "\n\n", "\r\n"])
    func noHeaderIsAnEmptyFile(text: String) {
        #expect(throws: InputError(.emptyFile, file: "test.csv", detail: "no header row")) {
            try scanRecords(text)
        }
    }

    @Test func missingColumnNamesFileAndField() throws {
        let (header, _) = try scanRecords("date,close\n")
        #expect(try header.require("close", file: "f.csv") == 1)
        #expect {
            try header.require("open", file: "f.csv")
        } throws: { error in
            let input = error as? InputError
            return input?.reason == .missingColumn && input?.field == "open" && input?.line == 1
        }
    }

    @Test func fieldPastTheEndIsEmpty() throws {
        try Array("a,b\n1\n".utf8).withUnsafeBufferPointer { buffer in
            var scanner = try CSVScanner(bytes: buffer, file: "t.csv")
            let moved = scanner.next()
            #expect(moved)
            #expect(scanner.fieldCount == 1)
            #expect(!scanner.isComplete)
            #expect(scanner.field(1).isEmpty)
            #expect(scanner.field(5).number() == .missing)
        }
    }

    @Test(arguments: [
        ("CE", OptionType.call), ("pe", .put), ("C", .call), ("PUT", .put), (" call ", .call),
    ])
    func optionTypes(text: String, type: OptionType) {
        #expect(withField(text) { $0.optionType() } == type)
    }

    @Test(arguments: ["XX", "", "CEE", "FUT"])
    func wrongOptionTypes(text: String) {
        #expect(withField(text) { $0.optionType() } == nil)
    }
}

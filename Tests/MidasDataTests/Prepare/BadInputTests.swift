import Foundation
import MidasCore
import Testing

@testable import MidasData

/// One test per rule of SPEC.md's "Bad input": the exact reason, file, line and field, and the
/// previous store left byte-identical with no temporary file behind.
struct BadInputTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let file: String
        /// New content, or `nil` to delete the file.
        let content: String?
        let reason: InputError.Reason
        let line: Int?
        let field: String?
        var description: String { name }
    }

    static let header = RawFolder.chainHeader
    static let row = "2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,99,100,99.5,12,210,22040"

    static let cases: [Case] = [
        Case(
            name: "missing file", file: "vix.csv", content: nil, reason: .missingFile, line: nil, field: nil),
        Case(
            name: "missing column", file: "bars_1d.csv",
            content: "timestamp,open,high,low,volume\n2024-03-01,1,2,1,0\n",
            reason: .missingColumn, line: 1, field: "close"),
        Case(
            name: "unparsable number", file: "bars_1d.csv",
            content:
                "timestamp,open,high,low,close,volume\n2024-03-01,22000,22100,21950,22050,0\n2024-03-04,abc,2,1,1,0\n",
            reason: .badNumber, line: 3, field: "open"),
        Case(
            name: "unparsable date", file: "vix.csv", content: "date,open,high,low,close\n2024-13-01,14,15,13.5,14.2\n",
            reason: .badDate, line: 2, field: "date"),
        Case(
            name: "unparsable timestamp", file: "chain/2024-03-01.csv",
            content: "\(header)\n2024-03-01T15:30:00,2024-03-07,22000,CE,99,100,99.5,12,210,22040\n",
            reason: .badDate, line: 2, field: "timestamp"),
        Case(
            name: "NaN", file: "bars_1d.csv",
            content: "timestamp,open,high,low,close,volume\n2024-03-01,22000,22100,21950,NaN,0\n",
            reason: .notFinite, line: 2, field: "close"),
        Case(
            name: "infinite", file: "chain/2024-03-01.csv",
            content: "\(header)\n2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,inf,100,99.5,12,210,22040\n",
            reason: .notFinite, line: 2, field: "bid"),
        Case(
            name: "negative price", file: "bars_1d.csv",
            content: "timestamp,open,high,low,close,volume\n2024-03-01,22000,22100,-5,22050,0\n",
            reason: .nonPositivePrice, line: 2, field: "low"),
        Case(
            name: "zero price", file: "usdinr.csv", content: "date,close\n2024-03-01,82.9\n2024-03-04,0\n",
            reason: .nonPositivePrice, line: 3, field: "close"),
        Case(
            name: "negative quote price", file: "chain/2024-03-01.csv",
            content: "\(header)\n2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,99,100,-1,12,210,22040\n",
            reason: .nonPositivePrice, line: 2, field: "last"),
        Case(
            name: "high below low", file: "vix.csv", content: "date,open,high,low,close\n2024-03-01,14,13,13.5,14.2\n",
            reason: .highBelowLow, line: 2, field: "high"),
        Case(
            name: "bar timestamps not increasing", file: "bars_1d.csv",
            content: "timestamp,open,high,low,close,volume\n2024-03-04,1,2,1,1,0\n2024-03-01,1,2,1,1,0\n",
            reason: .notIncreasing, line: 3, field: "timestamp"),
        Case(
            name: "duplicated date", file: "fii.csv",
            content: "date,fii_index_fut_net,fii_cash_net\n2024-03-01,1,2\n2024-03-01,3,4\n",
            reason: .duplicate, line: 3, field: "date"),
        Case(
            name: "duplicated quote", file: "chain/2024-03-01.csv", content: "\(header)\n\(row)\n\(row)\n",
            reason: .duplicate, line: 3, field: "strike"),
        Case(
            name: "bid above ask", file: "chain/2024-03-01.csv",
            content: "\(header)\n2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,101,100,99.5,12,210,22040\n",
            reason: .bidAboveAsk, line: 2, field: "bid"),
        Case(
            name: "expiry before the quote", file: "chain/2024-03-01.csv",
            content: "\(header)\n2024-03-01T15:30:00+05:30,2024-02-29,22000,CE,99,100,99.5,12,210,22040\n",
            reason: .expiryBeforeQuote, line: 2, field: "expiry"),
        Case(
            name: "strike off the grid", file: "chain/2024-03-01.csv",
            content: "\(header)\n\(row)\n2024-03-01T15:30:00+05:30,2024-03-07,22025,CE,99,100,99.5,12,210,22040\n",
            reason: .offGrid, line: 3, field: "strike"),
        Case(
            name: "empty file", file: "chain/2024-03-04.csv", content: "", reason: .emptyFile, line: nil, field: nil),
        Case(
            name: "header only", file: "vix.csv", content: "date,open,high,low,close\n", reason: .emptyFile,
            line: nil, field: nil),
        Case(
            name: "truncated last line", file: "chain/2024-03-01.csv",
            content: "\(header)\n\(row)\n2024-03-01T15:30:00+05:30,2024-03-07,22100,CE,9", reason: .truncatedLine,
            line: 3, field: nil),
        Case(
            name: "wrong option type", file: "chain/2024-03-01.csv",
            content: "\(header)\n2024-03-01T15:30:00+05:30,2024-03-07,22000,CA,99,100,99.5,12,210,22040\n",
            reason: .badOptionType, line: 2, field: "option_type"),
        Case(
            name: "quote on another day", file: "chain/2024-03-04.csv", content: "\(header)\n\(row)\n",
            reason: .badDate, line: 2, field: "timestamp"),
        Case(
            name: "unrecognised chain file", file: "chain/2024-03-05.txt", content: "{}", reason: .unknownFormat,
            line: nil, field: nil),
        Case(
            name: "JSON that is not an NSE option-chain snapshot", file: "chain/2024-03-05.json", content: "{}",
            reason: .unknownFormat, line: nil, field: "records.data"),
        Case(
            name: "NSE snapshot timestamp on another day", file: "chain/2024-03-05.json",
            content: #"{"records": {"timestamp": "04-Mar-2024 15:30:00", "data": []}}"#, reason: .badDate,
            line: nil, field: "records.timestamp"),
    ]

    @Test(arguments: cases)
    func rejectsWithReasonFileLineAndFieldLeavingTheStoreUntouched(_ bad: Case) throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.store))
        let entriesBefore = try folder.storeFolderEntries()

        if let content = bad.content { try folder.write(bad.file, content) } else { try folder.remove(bad.file) }
        let error = try #require(throws: InputError.self) { try folder.prepare() }
        #expect(error.reason == bad.reason)
        #expect(error.file == folder.path(bad.file))
        #expect(error.line == bad.line)
        #expect(error.field == bad.field)

        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.store)) == before)
        #expect(try folder.storeFolderEntries() == entriesBefore)
    }

    @Test func fullPrepareAlsoLeavesTheStoreUntouched() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.store))
        try folder.write("chain/2024-03-04.csv", "\(Self.header)\n\(Self.row)\n")
        #expect(throws: InputError.self) { try folder.prepare(full: true) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.store)) == before)
    }

    @Test func unknownSymbolIsAUsageError() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        let options = PrepareOptions(rawDirectory: folder.raw, symbol: "FINNIFTYX", output: folder.store)
        let error = try #require(throws: InputError.self) { try Preparation.run(options) }
        #expect(error.file == "--symbol")
    }
}

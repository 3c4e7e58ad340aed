import Foundation
import MidasCore
import Testing

@testable import MidasData

/// Real NIFTY and India VIX histories (Fixtures/history, sources in Fixtures/README.md) import whole.
struct RealHistoryTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func nseIndexDownloadWithPaddedHeadersAndMonthNames() throws {
        let read = try BarReader.read(try FixtureFiles.bytes("history/nse_nifty50.csv"), file: "nse_nifty50.csv")
        #expect(read.rows.count == 248)
        #expect(read.rows.first?.timestamp.istDay == day("2023-01-18"))
        #expect(read.rows.first?.close == 18165.35)
        #expect(read.rows.last?.timestamp.istDay == day("2024-01-18"))
        #expect(read.rows.last?.close == 21462.25)
        #expect(read.rows[0].volume == 255_840_928)
    }

    /// NSE's own VIX download has two days with a zero open, high and low (2021-02-12, 2021-03-30):
    /// strict reading names the first, lenient reading skips both.
    @Test func nseVIXDownloadWithMonthDayYearDates() throws {
        let bytes = try FixtureFiles.bytes("history/nse_india_vix.csv")
        do {
            _ = try VIXReader.read(bytes, file: "nse_india_vix.csv")
            Issue.record("a zero open was accepted")
        } catch let error as InputError {
            #expect(error.reason == .nonPositivePrice)
            #expect(error.line == 1269)
            #expect(error.field == "open")
        }
        let read = try VIXReader.read(bytes, file: "nse_india_vix.csv", lenient: true)
        #expect(read.rows.count == 1792)
        #expect(read.skips.total == 2)
        #expect(
            read.rows.first == VIXDay(day: day("2016-01-01"), open: 13.87, high: 14.3475, low: 13.105, close: 14.26))
        #expect(read.rows.last?.day == day("2023-03-31"))
        #expect(read.rows.last?.close == 12.935)
    }

    @Test func nearCanonicalNiftyHistoryNeedsNoMapping() throws {
        let read = try BarReader.read(try FixtureFiles.bytes("history/nifty50.csv"), file: "nifty50.csv")
        #expect(read.rows.count == 2706)
        #expect(read.rows.first?.timestamp.istDay == day("2015-01-05"))
        #expect(read.rows.first?.close == 8378.400390625)
        #expect(read.rows.last?.timestamp.istDay == day("2025-12-30"))
        #expect(read.rows.last?.close == 25938.849609375)
    }

    @Test func vixCloseNamedIndiaVIXNeedsTheMapping() throws {
        let bytes = try FixtureFiles.bytes("history/india_vix.csv")
        #expect(throws: InputError.self) { try VIXReader.read(bytes, file: "india_vix.csv") }
        let read = try VIXReader.read(bytes, file: "india_vix.csv", columns: ["close": "india_vix"])
        #expect(read.rows.count == 2697)
        #expect(read.rows.first?.day == day("2015-01-01"))
        #expect(read.rows.first?.close == 15.029999732971191)
        #expect(read.rows.last?.close == 9.680000305175781)
    }

    @Test func mappingParsesAndNamesAMissingFileColumn() throws {
        let mapping = try ColumnMapping.parse("vix.csv:\n  close: india_vix\n", file: "columns.yaml")
        #expect(mapping.columns(for: "vix.csv") == ["close": "india_vix"])
        #expect(mapping.columns(for: "bars_1d.csv").isEmpty)
        let text = "date,open,high,low,close\n2024-03-01,14,15,13.5,14.2\n"
        do {
            _ = try VIXReader.read(Array(text.utf8), file: "vix.csv", columns: ["close": "india_vix"])
            Issue.record("a mapping to a missing column was accepted")
        } catch let error as InputError {
            #expect(error.reason == .missingColumn)
            #expect(error.field == "india_vix")
        }
        #expect(throws: InputError.self) { try ColumnMapping.parse("vix.csv: close\n", file: "columns.yaml") }
    }

    @Test func mappedColumnShadowsASameNamedOne() throws {
        let text = "date,open,high,low,close,india_vix\n2024-03-01,14,15,13.5,99,14.2\n"
        let read = try VIXReader.read(Array(text.utf8), file: "vix.csv", columns: ["close": "india_vix"])
        #expect(read.rows.map(\.close) == [14.2])
    }

    @Test func prepareReadsThroughColumnsYAMLEveryTime() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.write(
            "vix.csv", "date,open,high,low,india_vix\n2024-03-01,14,15,13.5,14.2\n2024-03-04,14.2,15,13.9,14.5\n")
        try folder.write("columns.yaml", "vix.csv:\n  close: india_vix\n")
        let first = try folder.prepare()
        #expect(first.reread.contains("vix.csv"))
        #expect(try PreparedStore(path: folder.store).vix().map(\.close) == [14.2, 14.5])
        let second = try folder.prepare()
        #expect(second.reread == ["vix.csv"])
        try folder.remove("columns.yaml")
        #expect(throws: InputError.self) { try folder.prepare() }
    }
}

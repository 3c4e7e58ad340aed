import Foundation
import MidasCore
import SQLiteKit
import Testing

@testable import MidasData

struct PreparedStoreTests {
    @Test func readsBackEverySeriesAndQuoteField() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        let store = try PreparedStore(path: folder.store)
        #expect(
            store.meta
                == PreparedMeta(
                    schemaVersion: Versions.preparedSchema, symbol: "NIFTY", timeframe: .daily, isLenient: false,
                    midasVersion: Versions.midas))
        let march1 = Day(year: 2024, month: 3, day: 1)!
        let march4 = Day(year: 2024, month: 3, day: 4)!
        #expect(try store.bars().map(\.close) == [22050, 22150])
        #expect(try store.bars()[0].timestamp == Timestamp(day: march1, hour: 15, minute: 30))
        #expect(try store.vix().map(\.close) == [14.2, 14.5])
        #expect(
            try store.fiiFlows() == [
                FIIFlowDay(day: march1, indexFuturesNet: -1200.5, cashNet: 800),
                FIIFlowDay(day: march4, indexFuturesNet: 300, cashNet: -150.25),
            ])
        #expect(try store.usdinr().map(\.close) == [82.91, 82.87])
        let open = Timestamp(day: march1, hour: 9, minute: 15)
        let close = Timestamp(day: march1, hour: 15, minute: 30)
        #expect(try store.chainTimestamps() == [open, close, Timestamp(day: march4, hour: 15, minute: 30)])
        let atOpen = try store.quotes(at: open)
        #expect(atOpen.map(\.type) == [.call, .put])
        #expect(atOpen[0].bid == 101 && atOpen[0].ask == 102.5 && atOpen[0].last == 101.5)
        #expect(atOpen[0].volume == 10 && atOpen[0].openInterest == 200 && atOpen[0].underlying == 22050)
        #expect(atOpen[0].settle.isNaN && atOpen[0].future.isNaN && atOpen[0].referenceIV.isNaN)
        #expect(atOpen[0].expiry == Day(year: 2024, month: 3, day: 7))
        let atClose = try store.quotes(at: close)
        #expect(atClose.map(\.strike) == [22000, 22100])
        #expect(atClose[1].bid == 0 && atClose[1].last.isNaN)
        #expect(try store.quotes(at: Timestamp(day: march1, hour: 10, minute: 0)).isEmpty)
        #expect(try store.quotes(onDay: march1).count == 4)
        #expect(try store.quotes(onDay: Day(year: 2024, month: 3, day: 5)!).isEmpty)
        let days = try store.chainDays()
        #expect(days.map(\.day) == [march1, march4])
        #expect(days[0].fingerprint == Fingerprint(ofText: RawFolder.chain0301))
        #expect(try store.snapshotsPerDay().map(\.snapshots) == [2, 1])
    }

    @Test func storeCarriesApplicationIDAndSchemaVersion() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        let connection = try Connection(path: folder.store, mode: .readOnly)
        #expect(try connection.pragma("application_id") == String(PreparedSchema.applicationID))
        #expect(try connection.pragma("user_version") == String(Versions.preparedSchema))
        #expect(try StoreKind.detect(path: folder.store) == .prepared)
    }

    @Test func anotherSchemaVersionIsRefusedAndRebuiltByPrepare() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        try Connection(path: folder.store, mode: .readWrite).execute("PRAGMA user_version = 99")
        #expect(throws: PreparedStoreError.self) { try PreparedStore(path: folder.store) }
        let summary = try folder.prepare()
        #expect(summary.fullRebuildReason == "the previous store is unreadable or of another schema version")
        #expect(try PreparedStore(path: folder.store).meta.schemaVersion == Versions.preparedSchema)
    }

    @Test func bhavcopyAsAChainDayKeepsLotsAndHasNoBook() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.write(
            "bars_1d.csv", "timestamp,open,high,low,close,volume\n2024-07-10,24400,24450,24150,24324.45,0\n")
        try folder.write("vix.csv", "date,open,high,low,close\n2024-07-10,14,15,13.5,14.2\n")
        try folder.remove("chain/2024-03-01.csv")
        try folder.remove("chain/2024-03-04.csv")
        try folder.write(
            "chain/2024-07-10.csv",
            String(decoding: try FixtureFiles.bytes(BhavcopyReaderTests.udiff), as: UTF8.self))
        let summary = try folder.prepare()
        #expect(summary.coverage.quoteCount == 5)
        let store = try PreparedStore(path: folder.store)
        let quotes = try store.quotes(onDay: Day(year: 2024, month: 7, day: 10)!)
        #expect(quotes.map(\.lotSize) == [25, 25, 25, 25, 25])
        #expect(quotes.allSatisfy { $0.bid.isNaN && $0.ask.isNaN && !$0.settle.isNaN })
        #expect(try store.files().first { $0.kind == "chain" }?.format == "UDiFF bhavcopy")
    }

    @Test func coverageReportsGapsWeekendsAndHolidays() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.write(
            "bars_1d.csv",
            RawFolder.bars + "2024-03-05,22150,22250,22100,22200,0\n")
        let sunday = RawFolder.chain0304.replacingOccurrences(of: "2024-03-04T", with: "2024-03-03T")
        try folder.write("chain/2024-03-03.csv", sunday)
        let summary = try folder.prepare()
        let coverage = summary.coverage
        #expect(coverage.chainDays.map(\.description) == ["2024-03-01", "2024-03-03", "2024-03-04"])
        #expect(coverage.tradingDaysWithoutChain.map(\.description) == ["2024-03-05"])
        #expect(coverage.daysOutsideCalendar.map(\.description) == ["2024-03-03"])
        #expect(coverage.tradingDaysWithoutBars.isEmpty)
        #expect(coverage.snapshotsPerDay == PrepareCoverage.Spread(min: 1, median: 1, max: 2))
        #expect(summary.reportLines.contains("  trading days with no chain: 1: 2024-03-05"))
        // 2024-03-08 (Mahashivratri) is an NSE holiday; 2024-03-07 trades but has no bar.
        let holiday = RawFolder.chain0304.replacingOccurrences(of: "2024-03-04T", with: "2024-03-08T")
            .replacingOccurrences(of: "2024-03-07,", with: "2024-03-14,")
        try folder.write("chain/2024-03-08.csv", holiday)
        let later = try folder.prepare().coverage
        #expect(later.daysOutsideCalendar.map(\.description) == ["2024-03-03", "2024-03-08"])
        #expect(later.tradingDaysWithoutChain.map(\.description) == ["2024-03-05", "2024-03-06", "2024-03-07"])
        #expect(later.tradingDaysWithoutBars.map(\.description) == ["2024-03-06", "2024-03-07"])
    }

    @Test func inspectDescribesTheStore() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        let description = try PreparedStoreDescription(path: folder.store)
        #expect(description.symbol == "NIFTY")
        #expect(description.ranges["chain"] == .init(from: "2024-03-01", to: "2024-03-04"))
        #expect(description.rowCounts["quotes"] == 6)
        #expect(description.files.count == 6)
        #expect(description.json.contains("\"row_counts\" : {"))
        #expect(
            description.lines.contains(
                "rows: bars 2, vix 2, fii 2, usdinr 2, quotes 6, chain_snapshots 3, chain_days 2, files 6"))
    }
}

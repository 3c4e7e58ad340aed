import Foundation
import MidasCore
import Testing

@testable import MidasData

/// `generate --underlying --vix`: synthetic chains on a real daily path.
struct RealPathGenerationTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    /// Three real NIFTY days (2019-03-05…07) with VIX missing on 03-06.
    private let history = RealHistory(
        bars: [
            Bar(
                timestamp: Timestamp(day: Day(iso: "2019-03-05")!, hour: 15, minute: 30), open: 10864.85,
                high: 10994.9, low: 10817, close: 10987.45, volume: 0),
            Bar(
                timestamp: Timestamp(day: Day(iso: "2019-03-06")!, hour: 15, minute: 30), open: 11024.85,
                high: 11062.8, low: 10960.3, close: 11053, volume: 0),
            Bar(
                timestamp: Timestamp(day: Day(iso: "2019-03-07")!, hour: 15, minute: 30), open: 11077.85,
                high: 11089.05, low: 10997.3, close: 11058.2, volume: 1_000_000),
        ],
        vix: [
            VIXDay(day: Day(iso: "2019-03-05")!, open: 16.27, high: 16.86, low: 15.45, close: 15.66),
            VIXDay(day: Day(iso: "2019-03-07")!, open: 15.5, high: 15.9, low: 14.8, close: 15.1),
        ])

    @Test func barsAreTheRealOnesAndVIXCarriesForward() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("midas-real-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = GenerateSettings(
            index: .nifty, from: day("2019-03-01"), to: day("2019-03-31"), seed: 3, weeklies: 1, monthlies: 1)
        let summary = try SyntheticMarket.generate(settings, into: folder, history: history)
        #expect(summary.days == 3)
        #expect(summary.replay == ReplayCoverage(days: 3, vixCarried: 1, notSessions: 0, beforeVIX: 0, vixOnly: 0))
        let symbol = folder.appendingPathComponent("NIFTY")
        let bars = try BarReader.read(
            [UInt8](try Data(contentsOf: symbol.appendingPathComponent("bars_1d.csv"))), file: "bars")
        for (written, real) in zip(bars.rows, history.bars) {
            #expect(written.timestamp == real.timestamp)
            #expect(
                [written.open, written.high, written.low, written.close] == [
                    real.open, real.high, real.low, real.close,
                ])
        }
        #expect(bars.rows[2].volume == 1_000_000)
        let vix = try VIXReader.read([UInt8](try Data(contentsOf: symbol.appendingPathComponent("vix.csv"))), file: "v")
        #expect(vix.rows.map(\.close) == [15.66, 15.66, 15.1])
        #expect(vix.rows[1] == VIXDay(day: day("2019-03-06"), open: 15.66, high: 15.66, low: 15.66, close: 15.66))
        #expect(!FileManager.default.fileExists(atPath: symbol.appendingPathComponent("fii.csv").path))
        #expect(!FileManager.default.fileExists(atPath: symbol.appendingPathComponent("usdinr.csv").path))
        let chain = try ChainReader.read(
            [UInt8](try Data(contentsOf: symbol.appendingPathComponent("chain/2019-03-07.csv"))), file: "c",
            symbol: .nifty, day: day("2019-03-07"))
        #expect(chain.quotes.allSatisfy { $0.underlying == 11058.2 })
    }

    @Test func intradayTimeframesAreRefused() throws {
        let settings = GenerateSettings(
            index: .nifty, from: day("2019-03-01"), to: day("2019-03-31"), timeframe: .fifteenMinutes)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("midas-real-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: InputError.self) { try SyntheticMarket.generate(settings, into: folder, history: history) }
    }
}

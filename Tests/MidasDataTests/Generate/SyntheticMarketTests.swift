import Foundation
import MidasCore
import Testing

@testable import MidasData

struct SyntheticMarketTests {
    @Test(arguments: [Timeframe.daily, .fifteenMinutes])
    func sameSeedGivesIdenticalBytes(timeframe: Timeframe) throws {
        let settings = testSettings(from: "2024-01-01", to: "2024-01-05", timeframe: timeframe)
        let first = try GeneratedDataSet(settings)
        let second = try GeneratedDataSet(settings)
        defer {
            first.remove()
            second.remove()
        }
        let files = try first.files()
        #expect(files.count == 4 + 5)  // bars, vix, fii, usdinr + five chain days
        #expect(files == (try second.files()))
    }

    @Test func differentSeedGivesDifferentData() throws {
        let first = try GeneratedDataSet(testSettings(from: "2024-01-01", to: "2024-01-03", seed: 1))
        let second = try GeneratedDataSet(testSettings(from: "2024-01-01", to: "2024-01-03", seed: 2))
        defer {
            first.remove()
            second.remove()
        }
        let a = try first.files()
        let b = try second.files()
        #expect(Set(a.keys) == Set(b.keys))
        for name in a.keys { #expect(a[name] != b[name], "\(name)") }
    }

    @Test(arguments: [Timeframe.daily, .fiveMinutes])
    func longerRangeReproducesTheShorterOne(timeframe: Timeframe) throws {
        let short = try GeneratedDataSet(testSettings(from: "2024-02-26", to: "2024-03-01", timeframe: timeframe))
        let long = try GeneratedDataSet(testSettings(from: "2024-02-26", to: "2024-03-06", timeframe: timeframe))
        defer {
            short.remove()
            long.remove()
        }
        let shortFiles = try short.files()
        let longFiles = try long.files()
        for (name, bytes) in shortFiles {
            let longer = try #require(longFiles[name])
            if name.hasPrefix("chain/") {
                #expect(longer == bytes, "\(name)")
            } else {
                #expect(longer.prefix(bytes.count) == bytes, "\(name) is not a prefix")
                #expect(longer.count > bytes.count, "\(name) did not grow")
            }
        }
        // 2024-03-02 is a Saturday session; 2024-03-03 a Sunday.
        #expect(
            longFiles.keys.filter { $0.hasPrefix("chain/") }.sorted() == [
                "chain/2024-02-26.csv", "chain/2024-02-27.csv", "chain/2024-02-28.csv", "chain/2024-02-29.csv",
                "chain/2024-03-01.csv", "chain/2024-03-02.csv", "chain/2024-03-04.csv", "chain/2024-03-05.csv",
                "chain/2024-03-06.csv",
            ])
    }

    @Test func shorterRunRemovesChainDaysOutsideItsRange() throws {
        let long = try GeneratedDataSet(testSettings(from: "2024-01-01", to: "2024-01-04"))
        defer { long.remove() }
        try SyntheticMarket.generate(testSettings(from: "2024-01-01", to: "2024-01-02"), into: long.root)
        let chains = try long.files().keys.filter { $0.hasPrefix("chain/") }.sorted()
        #expect(chains == ["chain/2024-01-01.csv", "chain/2024-01-02.csv"])
    }

    @Test func barsStayInsideTheSessionAndAreConsistent() throws {
        // 2024-11-01 is the Muhurat evening (18:00-19:00).
        let data = try GeneratedDataSet(testSettings(from: "2024-10-31", to: "2024-11-04", timeframe: .fifteenMinutes))
        defer { data.remove() }
        let bars = try data.rows("bars_15m.csv")
        #expect(bars.count == 25 + 4 + 25)
        #expect(bars.first?[0] == "2024-10-31T09:30:00+05:30")
        #expect(bars[25][0] == "2024-11-01T18:15:00+05:30")
        #expect(bars[28][0] == "2024-11-01T19:00:00+05:30")
        #expect(bars.last?[0] == "2024-11-04T15:30:00+05:30")
        for bar in bars {
            let (open, high, low, close) = (Double(bar[1])!, Double(bar[2])!, Double(bar[3])!, Double(bar[4])!)
            #expect(high >= max(open, close) && low <= min(open, close) && low > 0)
            #expect(Int(bar[5])! > 0)
        }
        let vix = try data.rows("vix.csv")
        #expect(vix.map { String($0[0]) } == ["2024-10-31", "2024-11-01", "2024-11-04"])
    }

    @Test func dailyBarIsTheAggregateOfTheIntradayBars() throws {
        let daily = try GeneratedDataSet(testSettings(from: "2024-05-06", to: "2024-05-07"))
        let intraday = try GeneratedDataSet(testSettings(from: "2024-05-06", to: "2024-05-07", timeframe: .fiveMinutes))
        defer {
            daily.remove()
            intraday.remove()
        }
        let days = try daily.rows("bars_1d.csv")
        let bars = try intraday.rows("bars_5m.csv")
        #expect(bars.count == 150)
        let first = bars[0..<75]
        #expect(days[0][1] == first.first![1])
        #expect(days[0][4] == first.last![4])
        #expect(Double(days[0][2])! == first.map { Double($0[2])! }.max()!)
        #expect(Double(days[0][3])! == first.map { Double($0[3])! }.min()!)
        #expect(try daily.files()["chain/2024-05-07.csv"] != nil)
    }

    @Test func impliedVolatilityExceedsRealisedOnAverage() {
        for seed: UInt64 in 1...4 {
            let settings = testSettings(from: "2022-01-03", to: "2024-12-31", seed: seed)
            let days = MarketPath.simulate(settings, calendar: .nse)
            let closes = days.map { $0.prices[$0.steps] }
            let returns = zip(closes.dropFirst(), closes).map { log($0 / $1) }
            let mean = returns.reduce(0, +) / Double(returns.count)
            let variance = returns.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(returns.count - 1)
            let realised = (variance * 252).squareRoot() * 100
            let meanVIX = days.map(\.vixClose).reduce(0, +) / Double(days.count)
            #expect(meanVIX > realised + 1, "seed \(seed): VIX \(meanVIX) vs realised \(realised)")
            #expect(meanVIX < realised * 1.6 + 3, "seed \(seed): VIX \(meanVIX) vs realised \(realised)")
        }
    }

    @Test(arguments: [
        (7, 0.10, "--chain-every"),
        (15, 0.0, "--strike-band"),
    ])
    func rejectsBadSettings(chainEvery: Int, band: Double, flag: String) throws {
        var settings = testSettings(from: "2024-01-01", to: "2024-01-02")
        settings.chainEveryMinutes = chainEvery
        settings.strikeBand = band
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        let error = try #require(throws: InputError.self) { try SyntheticMarket.generate(settings, into: root) }
        #expect(error.file == flag)
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }
}

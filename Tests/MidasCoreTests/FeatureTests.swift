import Foundation
import Testing

@testable import MidasCore

/// Bars and daily rows on consecutive calendar days from 2024-01-01.
private enum Series {
    static let start = Day(year: 2024, month: 1, day: 1)!

    static func day(_ offset: Int) -> Day { start.adding(days: offset) }

    static func dailyBars(_ closes: [Double]) -> [Bar] {
        closes.enumerated().map { offset, close in
            Bar(
                timestamp: Timestamp(day: day(offset), hour: 15, minute: 30), open: close, high: close, low: close,
                close: close, volume: 0)
        }
    }

    static func vix(_ closes: [Double], from first: Int = 0) -> [VIXDay] {
        closes.enumerated().map { VIXDay(day: day(first + $0), open: $1, high: $1, low: $1, close: $1) }
    }

    static func column(_ feature: Feature, _ inputs: FeatureInputs) -> [Double] {
        let matrix = FeatureSet([feature]).compute(inputs)
        return (0..<matrix.barCount).map { matrix.value(bar: $0, column: 0) }
    }
}

private func expectClose(_ actual: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
        if e.isNaN {
            #expect(a.isNaN, "expected NaN, got \(a)", sourceLocation: sourceLocation)
        } else {
            #expect(abs(a - e) <= 1e-12 * max(1, abs(e)), "\(a) ≠ \(e)", sourceLocation: sourceLocation)
        }
    }
}

struct FeatureTests {
    @Test func keysAndLookbacks() {
        #expect(Feature.movingAverage(days: 50).key == "sma_50")
        #expect(Feature.trendSlope(averageDays: 50, overDays: 10).key == "ma_slope_50_10")
        #expect(Feature.realisedVolatility(days: 20).key == "rv_20")
        #expect(Feature.vixPercentile(days: 252).key == "vix_pct_252")
        #expect(Feature.fiiFlowZScore(days: 20).key == "fii_z_20")
        #expect(Feature.usdinrChange(days: 5).key == "usdinr_chg_5")
        #expect(Feature.priceRange(days: 20).key == "range_20")
        let set = FeatureSet([.movingAverage(days: 20), .vixPercentile(days: 252), .movingAverage(days: 20)])
        #expect(set.names == ["sma_20", "vix_pct_252"])
        #expect(set.lookbackDays == 253)
        #expect(set.warmupDays == 252)
        #expect(RegimeSettings().featureSet.warmupDays == 252)
        let merged = set.merged(with: FeatureSet([.vix, .movingAverage(days: 20)]))
        #expect(merged.names == ["sma_20", "vix_pct_252", "vix"])
    }

    @Test func movingAverageOfTheClose() {
        let inputs = FeatureInputs(bars: Series.dailyBars([10, 11, 12, 13, 14]), timeframe: .daily, vix: [])
        expectClose(Series.column(.movingAverage(days: 3), inputs), [.nan, .nan, 11, 12, 13])
    }

    @Test func trendSlopeOfTheAverage() {
        // sma_2 = [–, 10.5, 11.5, 12.5, 13.5]; slope over 2 days = sma(t) / sma(t − 2) − 1.
        let inputs = FeatureInputs(bars: Series.dailyBars([10, 11, 12, 13, 14]), timeframe: .daily, vix: [])
        let slope = Series.column(.trendSlope(averageDays: 2, overDays: 2), inputs)
        expectClose(slope, [.nan, .nan, .nan, 12.5 / 10.5 - 1, 13.5 / 11.5 - 1])
    }

    @Test func realisedVolatilityIsAnnualisedSampleDeviation() {
        let inputs = FeatureInputs(bars: Series.dailyBars([100, 110, 99, 99]), timeframe: .daily, vix: [])
        let up = log(1.1)
        let down = log(0.9)
        // Two returns a and b: sample deviation |a − b| / √2.
        let expected = [
            .nan, .nan, abs(up - down) / 2.0.squareRoot() * 252.0.squareRoot(),
            abs(down) / 2.0.squareRoot() * 252.0.squareRoot(),
        ]
        expectClose(Series.column(.realisedVolatility(days: 2), inputs), expected)
    }

    @Test func priceRangeOverHighsAndLows() {
        let rows: [(Double, Double, Double)] = [(11, 9, 10), (12, 10, 11), (13, 8, 12), (12, 11, 11.5)]
        let bars = rows.enumerated().map { offset, row in
            Bar(
                timestamp: Timestamp(day: Series.day(offset), hour: 15, minute: 30), open: row.2, high: row.0,
                low: row.1, close: row.2, volume: 0)
        }
        let inputs = FeatureInputs(bars: bars, timeframe: .daily, vix: [])
        expectClose(Series.column(.priceRange(days: 3), inputs), [.nan, .nan, 5.0 / 12, 5.0 / 11.5])
    }

    @Test func vixLevelAndPercentile() {
        let inputs = FeatureInputs(
            bars: Series.dailyBars([1, 1, 1, 1, 1]), timeframe: .daily, vix: Series.vix([20, 15, 25, 18, 18]))
        expectClose(Series.column(.vix, inputs), [20, 15, 25, 18, 18])
        expectClose(Series.column(.vixPercentile(days: 3), inputs), [.nan, .nan, 1, 2.0 / 3, 2.0 / 3])
    }

    @Test func fiiZScoreIsUsableOnlyTheNextDay() {
        let flows = [0.0, 10, 40, 0].enumerated().map {
            FIIFlowDay(day: Series.day($0.offset), indexFuturesNet: $0.element, cashNet: 0)
        }
        let inputs = FeatureInputs(bars: Series.dailyBars([1, 1, 1, 1]), timeframe: .daily, vix: [], fiiFlows: flows)
        // Row 2 (flows 0, 10, 40): mean 50/3, sample deviation √(1300/3); published on day 3.
        let z = (40 - 50.0 / 3) / (1300.0 / 3).squareRoot()
        expectClose(Series.column(.fiiFlowZScore(days: 3), inputs), [.nan, .nan, .nan, z])
    }

    @Test func usdinrChangeOverPublishedDays() {
        let rates = [80.0, 81, 82.62].enumerated().map { USDINRDay(day: Series.day($0.offset), close: $0.element) }
        let inputs = FeatureInputs(bars: Series.dailyBars([1, 1, 1]), timeframe: .daily, vix: [], usdinr: rates)
        expectClose(Series.column(.usdinrChange(days: 2), inputs), [.nan, .nan, 82.62 / 80 - 1])
    }

    @Test func missingOptionalSeriesGiveNaN() {
        let inputs = FeatureInputs(
            bars: Series.dailyBars([1, 2, 3]), timeframe: .daily, vix: Series.vix([15, 16, 17]))
        #expect(Series.column(.fiiFlowZScore(days: 2), inputs).allSatisfy { $0.isNaN })
        #expect(Series.column(.usdinrChange(days: 1), inputs).allSatisfy { $0.isNaN })
    }

    @Test func intradayBarsUseThePreviousDaysDailyValues() {
        // Day 0 and day 1, two bars each (09:30 and 15:30); VIX 15 on day 0, 17 on day 1.
        let bars = [0, 1].flatMap { offset in
            [(9, 30), (15, 30)].map { time in
                Bar(
                    timestamp: Timestamp(day: Series.day(offset), hour: time.0, minute: time.1), open: 1, high: 1,
                    low: 1, close: 1, volume: 0)
            }
        }
        let vix = Series.vix([15, 17])
        let rates = [USDINRDay(day: Series.day(0), close: 80), USDINRDay(day: Series.day(1), close: 88)]
        let intraday = FeatureInputs(bars: bars, timeframe: .fifteenMinutes, vix: vix, usdinr: rates)
        expectClose(Series.column(.vix, intraday), [.nan, .nan, 15, 15])
        expectClose(Series.column(.usdinrChange(days: 1), intraday), [.nan, .nan, .nan, .nan])
        let daily = FeatureInputs(bars: Series.dailyBars([1, 1]), timeframe: .daily, vix: vix, usdinr: rates)
        expectClose(Series.column(.vix, daily), [15, 17])
        expectClose(Series.column(.usdinrChange(days: 1), daily), [.nan, 0.1])
    }

    @Test func staleDailyValuesAreNotInForce() {
        let bars = [7, 8].map {
            Bar(
                timestamp: Timestamp(day: Series.day($0), hour: 15, minute: 30), open: 1, high: 1, low: 1, close: 1,
                volume: 0)
        }
        let inputs = FeatureInputs(bars: bars, timeframe: .daily, vix: Series.vix([15]))
        expectClose(Series.column(.vix, inputs), [15, .nan])
    }

    @Test func intradayWindowsEndWithTheBarAndMatchDailyBarsAtTheClose() {
        // Day closes 12, 15, 13 (last bar of each day); intraday bars 09:30, 12:00, 15:30.
        let intradayCloses: [[Double]] = [[10, 11, 12], [13, 14, 15], [16, 14, 13]]
        var bars: [Bar] = []
        for (offset, closes) in intradayCloses.enumerated() {
            for (close, time) in zip(closes, [(9, 30), (12, 0), (15, 30)]) {
                let stamp = Timestamp(day: Series.day(offset), hour: time.0, minute: time.1)
                bars.append(
                    Bar(timestamp: stamp, open: close, high: close + 1, low: close - 1, close: close, volume: 0))
            }
        }
        let intraday = FeatureInputs(bars: bars, timeframe: .fiveMinutes, vix: [])
        expectClose(
            Series.column(.movingAverage(days: 2), intraday), [.nan, .nan, .nan, 12.5, 13, 13.5, 15.5, 14.5, 14])
        // range_2 on day 1's first bar: days 0 and 1 so far: high max(13, 14) = 14, low min(9, 12) = 9.
        #expect(Series.column(.priceRange(days: 2), intraday)[3] == 5.0 / 13)

        let daily = FeatureInputs(
            bars: zip(intradayCloses, 0...).map { closes, offset in
                let highs = closes.map { $0 + 1 }
                let lows = closes.map { $0 - 1 }
                return Bar(
                    timestamp: Timestamp(day: Series.day(offset), hour: 15, minute: 30), open: closes[0],
                    high: highs.max()!, low: lows.min()!, close: closes[2], volume: 0)
            }, timeframe: .daily, vix: [])
        let features: [Feature] = [
            .movingAverage(days: 2), .realisedVolatility(days: 2), .priceRange(days: 2),
            .trendSlope(averageDays: 1, overDays: 1),
        ]
        let set = FeatureSet(features)
        let intradayMatrix = set.compute(intraday)
        let dailyMatrix = set.compute(daily)
        for day in 0..<3 {
            let lastBar = intradayMatrix.snapshot(at: day * 3 + 2).values
            let dailyBar = dailyMatrix.snapshot(at: day).values
            #expect(lastBar.map(\.bitPattern) == dailyBar.map(\.bitPattern))
        }
    }

    @Test func everyRowDependsOnlyOnItsPast() throws {
        let closes = (0..<80).map { (index: Int) -> Double in
            let wave: Double = 400 * sin(Double(index) / 5)
            return 20_000 + wave + Double(index % 7) * 13
        }
        let days = (0..<80).map { Series.day($0) }
        let vix = days.enumerated().map { VIXDay(day: $1, open: 0, high: 0, low: 0, close: 12 + Double($0 % 11)) }
        let flows = days.enumerated().map {
            FIIFlowDay(day: $1, indexFuturesNet: Double(($0 * 37) % 23) - 11, cashNet: 0)
        }
        let rates = days.enumerated().map { USDINRDay(day: $1, close: 83 + Double($0 % 5) / 10) }
        let full = FeatureInputs(
            bars: Series.dailyBars(closes), timeframe: .daily, vix: vix, fiiFlows: flows, usdinr: rates)
        let set = RegimeSettings().featureSet
        let whole = set.compute(full)
        for cut in [1, 17, 55, 80] {
            var prefix = full
            prefix.bars = Array(full.bars.prefix(cut))
            let partial = set.compute(prefix)
            for bar in 0..<cut {
                #expect(
                    partial.snapshot(at: bar).values.map { $0.bitPattern }
                        == whole.snapshot(at: bar).values.map { $0.bitPattern })
            }
        }
        let volatility = try #require(whole.column(of: "rv_20"))
        #expect(!whole.value(bar: 79, column: volatility).isNaN)
    }

    @Test func slidingExtremesFollowTheWindow() {
        let values: [Double] = [3, 1, 4, 1, 5, 9, 2, 6]
        expectClose(WindowStatistics.slidingExtremes(values, window: 3, maximum: true), [.nan, .nan, 4, 4, 5, 9, 9, 9])
        expectClose(
            WindowStatistics.slidingExtremes(values, window: 3, maximum: false), [.nan, .nan, 1, 1, 1, 1, 2, 2])
        expectClose(WindowStatistics.slidingExtremes(values, window: 1, maximum: true), values)
    }
}

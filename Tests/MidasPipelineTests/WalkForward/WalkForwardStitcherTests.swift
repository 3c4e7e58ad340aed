import Foundation
import MidasBacktest
import MidasCore
import Testing

@testable import MidasPipeline

/// Stitching hand-made parts: two test windows of two daily bars each, capital 1000.
struct WalkForwardStitcherTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func close(_ text: String) -> Timestamp { Timestamp(day: day(text), hour: 15, minute: 30) }

    static func row(_ text: String, cash: Double, positions: Double) -> EquityRow {
        EquityRow(
            timestamp: close(text), cash: cash, positionsValue: positions, equity: cash + positions, drawdown: 0)
    }

    static func trade(_ id: Int, strategy: String, _ entry: String, _ exit: String, pnl: Double) -> TradeRecord {
        TradeRecord(
            tradeID: id, strategy: strategy, entryTime: close(entry), exitTime: close(exit),
            legs: "-22000PE@2024-03-07",
            entryCredit: pnl + 10, exitDebit: 0, fees: 10, pnl: pnl, exitReason: .endOfData, entryRegime: .range)
    }

    static func fill(_ text: String, trade: Int, side: Side, price: Double) -> FillRecord {
        FillRecord(
            timestamp: close(text), tradeID: trade, leg: 1, expiry: day("2024-03-07"), strike: 22000, type: .put,
            side: side, quantity: 1, price: price, fees: 5, reason: side == .sell ? .entry : .endOfData)
    }

    static func line(_ text: String, _ regime: Regime, _ action: DecisionRecord.Action, _ detail: String)
        -> DecisionRecord
    {
        DecisionRecord(
            timestamp: close(text), regime: regime, chainTimestamp: close(text), action: action, detail: detail)
    }

    static func metrics(fees: Double) -> Metrics {
        Metrics(
            totalReturn: 0, cagr: 0, annualVolatility: 0, sharpe: 0, sortino: 0, maxDrawdown: 0, calmar: 0, trades: 0,
            winRate: 0, profitFactor: 0, avgTradePnl: 0, totalFees: fees, exposure: 0, finalEquity: 0, byRegime: [:])
    }

    /// Window 1 (capital 1000): trades 1 and 2 over 2024-03-04..05, ending at 1100.
    static let first = VariantResult(
        variant: "ic__short_delta=0.12", strategy: "iron_condor", capital: 1000,
        equity: [row("2024-03-04", cash: 1060, positions: -10), row("2024-03-05", cash: 1100, positions: 0)],
        fills: [
            fill("2024-03-04", trade: 1, side: .sell, price: 60), fill("2024-03-05", trade: 1, side: .buy, price: 10),
            fill("2024-03-05", trade: 2, side: .sell, price: 15), fill("2024-03-05", trade: 2, side: .buy, price: 5),
        ],
        trades: [
            trade(1, strategy: "iron_condor", "2024-03-04", "2024-03-05", pnl: 40),
            trade(2, strategy: "iron_condor", "2024-03-05", "2024-03-05", pnl: 60),
        ],
        decisions: [
            line("2024-03-04", .range, .filled, "trade 1 opened: -22000PE@2024-03-07; credit 60"),
            line("2024-03-05", .trendUp, .filled, "trade 1 closed: end_of_data"),
            line("2024-03-05", .trendUp, .filled, "trade 2 closed: end_of_data"),
        ],
        metrics: metrics(fees: 20))

    /// Window 2 (capital 1100, the first part's end): trade 1 over 2024-03-06..07, ending at 1210.
    static let second = VariantResult(
        variant: "ic__short_delta=0.2", strategy: "iron_condor", capital: 1100,
        equity: [row("2024-03-06", cash: 1150, positions: -100), row("2024-03-07", cash: 1210, positions: 0)],
        fills: [
            fill("2024-03-06", trade: 1, side: .sell, price: 50), fill("2024-03-07", trade: 1, side: .buy, price: 0),
        ],
        trades: [trade(1, strategy: "iron_condor", "2024-03-06", "2024-03-07", pnl: 110)],
        decisions: [
            line("2024-03-06", .highVol, .filled, "trade 1 opened: -22000PE@2024-03-07; credit 50"),
            line("2024-03-07", .highVol, .settle, "trade 1: -22000PE@2024-03-07 at 0 (underlying 22100)"),
            line("2024-03-07", .highVol, .hold, "open trades: 0"),
        ],
        metrics: metrics(fees: 10))

    static let windows = [
        WalkForwardWindow(
            number: 1, train: day("2024-02-26")...day("2024-03-01"), test: day("2024-03-04")...day("2024-03-05")),
        WalkForwardWindow(
            number: 2, train: day("2024-02-28")...day("2024-03-05"), test: day("2024-03-06")...day("2024-03-07")),
    ]

    static func stitched() throws -> VariantResult {
        WalkForwardStitcher.stitch(
            [
                WalkForwardPart(window: windows[0], variant: first.variant, score: 1.5, result: first),
                WalkForwardPart(window: windows[1], variant: second.variant, score: .nan, result: second),
            ], metric: try SelectionMetric(named: "sharpe"))
    }

    @Test func equityIsContinuousAndDrawdownSpansTheWholeCurve() throws {
        let result = try Self.stitched()
        #expect(result.variant == "walk_forward")
        #expect(result.strategy == "iron_condor")
        #expect(result.capital == 1000)
        #expect(result.equity.map(\.equity) == [1050, 1100, 1050, 1210])
        #expect(result.equity.map(\.cash) == [1060, 1100, 1150, 1210])
        // The third bar is measured against the first part's peak, 1100.
        #expect(result.equity.map(\.drawdown) == [0, 0, 1050.0 / 1100 - 1, 0])
    }

    @Test func tradesAndFillsAreRenumberedAcrossParts() throws {
        let result = try Self.stitched()
        #expect(result.trades.map(\.tradeID) == [1, 2, 3])
        #expect(result.trades.map(\.pnl) == [40, 60, 110])
        #expect(result.fills.map(\.tradeID) == [1, 1, 2, 2, 3, 3])
        #expect(result.fills.map(\.price) == [60, 10, 15, 5, 50, 0])
    }

    @Test func decisionsNameEachWindowsChoiceAndFollowTheRenumbering() throws {
        let result = try Self.stitched()
        #expect(
            result.decisions.map(\.detail) == [
                "window=1 train=2024-02-26..2024-03-01 test=2024-03-04..2024-03-05 variant=ic__short_delta=0.12 "
                    + "sharpe=1.5",
                "trade 1 opened: -22000PE@2024-03-07; credit 60",
                "trade 1 closed: end_of_data",
                "trade 2 closed: end_of_data",
                "window=2 train=2024-02-28..2024-03-05 test=2024-03-06..2024-03-07 variant=ic__short_delta=0.2 "
                    + "sharpe=null",
                "trade 3 opened: -22000PE@2024-03-07; credit 50",
                "trade 3: -22000PE@2024-03-07 at 0 (underlying 22100)",
                "open trades: 0",
            ])
        let selects = result.decisions.filter { $0.action == .select }
        #expect(selects.map(\.timestamp) == [Self.close("2024-03-04"), Self.close("2024-03-06")])
        #expect(selects.map(\.regime) == [.range, .highVol])
        #expect(selects.map(\.chainTimestamp) == [Self.close("2024-03-04"), Self.close("2024-03-06")])
    }

    @Test func metricsAreThoseOfTheStitchedCurve() throws {
        let metrics = try Self.stitched().metrics
        let returns = [1050.0 / 1000 - 1, 1100.0 / 1050 - 1, 1050.0 / 1100 - 1, 1210.0 / 1050 - 1]
        let mean = returns.reduce(0, +) / 4
        let deviation = (returns.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
        #expect(abs(metrics.totalReturn - 0.21) < 1e-12)
        #expect(metrics.finalEquity == 1210)
        #expect(abs(metrics.sharpe - mean / deviation * 252.0.squareRoot()) < 1e-9)
        #expect(metrics.maxDrawdown == 1050.0 / 1100 - 1)
        #expect(metrics.trades == 3)
        #expect(metrics.winRate == 1)
        #expect(metrics.avgTradePnl == 70)
        #expect(metrics.totalFees == 30)
        // Every bar held a trade.
        #expect(metrics.exposure == 1)
        #expect(metrics.byRegime[.range]?.bars == 1)
        #expect(metrics.byRegime[.trendUp]?.bars == 1)
        #expect(metrics.byRegime[.highVol]?.bars == 2)
        #expect(metrics.byRegime[.range]?.trades == 3)
        #expect(metrics.byRegime[.range]?.pnl == 210)
    }

    @Test func severalStrategiesAreNamedWalkForward() throws {
        var other = Self.second
        other.strategy = "short_strangle"
        let result = WalkForwardStitcher.stitch(
            [
                WalkForwardPart(window: Self.windows[0], variant: "a", score: 1, result: Self.first),
                WalkForwardPart(window: Self.windows[1], variant: "b", score: 1, result: other),
            ], metric: try SelectionMetric(named: "sharpe"))
        #expect(result.strategy == "walk_forward")
    }
}

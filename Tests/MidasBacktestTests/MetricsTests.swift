import MidasCore
import Testing

@testable import MidasBacktest

struct MetricsTests {
    /// Capital 100; days close at 110, 99, 108.9: returns +10%, −10%, +10%.
    func curve() -> Metrics {
        var accumulator = MetricsAccumulator(capital: 100)
        for (regime, exposed) in [(Regime.range, true), (.range, false), (.highVol, false), (.warmup, false)] {
            accumulator.recordBar(regime: regime, isExposed: exposed)
        }
        for equity in [110.0, 99, 108.9] { accumulator.recordDayClose(equity: equity) }
        accumulator.recordEntry(regime: .range)
        accumulator.recordEntry(regime: .range)
        accumulator.recordEntry(regime: .highVol)
        accumulator.recordClosedTrade(pnl: 100, entryRegime: .range)
        accumulator.recordClosedTrade(pnl: -50, entryRegime: .range)
        accumulator.recordClosedTrade(pnl: 30, entryRegime: .highVol)
        accumulator.recordFees(12.5)
        return accumulator.metrics
    }

    @Test func followsEmpyricalsConventions() {
        let metrics = curve()
        // mean 1/30, std(ddof=1) √(0.02666…/2) = 0.1154700538; √252 = 15.874507866.
        #expect(isClose(metrics.totalReturn, 0.089))
        #expect(isClose(metrics.cagr, 1288.2641288883594))  // 1.089^(252/3) − 1
        #expect(isClose(metrics.annualVolatility, 1.8330302779823362))
        #expect(isClose(metrics.sharpe, 4.58257569495584))
        // Downside deviation √(0.01/3); sortino = (1/30)·√252 / that.
        #expect(isClose(metrics.sortino, 9.16515138991168))
        // Wealth 100, 110, 99, 108.9: worst 99/110 − 1.
        #expect(isClose(metrics.maxDrawdown, -0.1))
        #expect(isClose(metrics.calmar, 12882.641288883593))
        #expect(metrics.finalEquity == 108.9)
    }

    @Test func summarisesTradesAndRegimes() {
        let metrics = curve()
        #expect(metrics.trades == 3)
        #expect(isClose(metrics.winRate, 2.0 / 3))
        #expect(isClose(metrics.profitFactor, 2.6))
        #expect(isClose(metrics.avgTradePnl, 80.0 / 3))
        #expect(metrics.totalFees == 12.5)
        #expect(metrics.exposure == 0.25)
        #expect(metrics.byRegime[.range] == Metrics.RegimeActivity(bars: 2, trades: 2, pnl: 50))
        #expect(metrics.byRegime[.highVol] == Metrics.RegimeActivity(bars: 1, trades: 1, pnl: 30))
        #expect(metrics.byRegime[.warmup] == Metrics.RegimeActivity(bars: 1, trades: 0, pnl: 0))
        #expect(metrics.byRegime.count == Regime.allCases.count)
    }

    @Test func leavesUndefinedRatiosNotANumber() {
        var accumulator = MetricsAccumulator(capital: 100)
        accumulator.recordDayClose(equity: 100)
        let metrics = accumulator.metrics
        #expect(metrics.totalReturn == 0)
        #expect(metrics.annualVolatility.isNaN)
        #expect(metrics.winRate.isNaN)
        #expect(metrics.profitFactor.isNaN)
        #expect(!metrics.calmar.isFinite)
    }

    @Test func takesDailyReturnsFromEachDaysLastBar() throws {
        // Two intraday bars per day: only the 15:30 bar's equity enters the daily returns.
        let day1 = TestMarket.day("2024-03-05")
        let day2 = TestMarket.day("2024-03-06")
        let times = [
            Timestamp(day: day1, hour: 12, minute: 0), Timestamp(day: day1, hour: 15, minute: 30),
            Timestamp(day: day2, hour: 12, minute: 0), Timestamp(day: day2, hour: 15, minute: 30),
        ]
        let expiry = TestMarket.day("2024-03-14")
        let prices = [100.0, 110, 90, 105]
        let chains: [ChainView] = zip(times, prices).map { time, price in
            let option = OptionQuote(
                timestamp: time, expiry: expiry, strike: 22_000, type: .call, bid: price, ask: price)
            let quote = PricedQuote(
                quote: option, mark: price, markRule: .mid, spot: 22_000, forward: 22_000, timeToExpiry: 0.02,
                rate: 0, iv: .nan, ivStatus: .ok, delta: .nan, gamma: .nan, theta: .nan, vega: .nan)
            return ChainView(timestamp: time, quotes: [quote][...])
        }
        let bars = times.map { Bar(timestamp: $0, open: 1, high: 1, low: 1, close: 1, volume: 0) }
        let source = TestSource(bars: bars, chains: chains)
        var zeroCost = IndianCostSchedule.nse
        zeroCost.brokeragePerOrder = 0
        for path in [\IndianCostSchedule.sttOnSale, \.transactionCharge, \.sebiFee, \.stampDuty] {
            zeroCost[keyPath: path] = []
        }
        let leg = LegOrder(expiry: expiry, strike: 22_000, type: .call, side: .buy, lots: 1)
        let engine = Engine(settings: ExecutionSettings(capital: 1000, costs: zeroCost), lotSchedule: TestLots(1))
        let result = try engine.run(
            variant: "v", strategy: ScriptedStrategy(script: [0: [.open(legs: [leg])]]), source: source)
        // Equity per bar 1000, 1010, 990, 1005; days close at 1010 and 1005.
        #expect(result.equity.map(\.equity) == [1000, 1010, 990, 1005])
        #expect(isClose(result.metrics.totalReturn, 0.005))
        #expect(isClose(result.metrics.maxDrawdown, 1005.0 / 1010 - 1))
        #expect(isClose(result.equity[2].drawdown, 990.0 / 1010 - 1))
        #expect(result.metrics.exposure == 1)
    }
}

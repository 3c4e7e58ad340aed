import Foundation
import MidasCore

/// Running totals from which `Metrics` is read at the end of a run: no series is kept.
public struct MetricsAccumulator: Sendable {
    private let capital: Double
    private var lastDailyEquity: Double
    private var peakWealth: Double
    private var maxDrawdown = 0.0
    private var days = 0
    private var meanReturn = 0.0
    private var squaredDeviations = 0.0
    private var downsideSquares = 0.0
    private var bars = 0
    private var exposedBars = 0
    private var closedTrades = 0
    private var wins = 0
    private var grossProfit = 0.0
    private var grossLoss = 0.0
    private var totalPnl = 0.0
    private var totalFees = 0.0
    private var byRegime: [Regime: Metrics.RegimeActivity]

    /// Starts from the starting capital.
    public init(capital: Double) {
        self.capital = capital
        lastDailyEquity = capital
        peakWealth = capital
        byRegime = Dictionary(uniqueKeysWithValues: Regime.allCases.map { ($0, Metrics.RegimeActivity()) })
    }

    /// Counts a bar: its regime and whether a position was held during it.
    public mutating func recordBar(regime: Regime, isExposed: Bool) {
        bars += 1
        if isExposed { exposedBars += 1 }
        byRegime[regime, default: .init()].bars += 1
    }

    /// Adds a trading day's closing equity: one daily return against the previous day (or capital).
    public mutating func recordDayClose(equity: Double) {
        let dailyReturn = equity / lastDailyEquity - 1
        lastDailyEquity = equity
        days += 1
        let delta = dailyReturn - meanReturn
        meanReturn += delta / Double(days)
        squaredDeviations += delta * (dailyReturn - meanReturn)
        let downside = min(dailyReturn, 0)
        downsideSquares += downside * downside
        peakWealth = max(peakWealth, equity)
        maxDrawdown = min(maxDrawdown, equity / peakWealth - 1)
    }

    /// Counts fees as they are charged.
    public mutating func recordFees(_ fees: Double) {
        totalFees += fees
    }

    /// Counts a trade's entry in the regime it was decided in.
    public mutating func recordEntry(regime: Regime) {
        byRegime[regime, default: .init()].trades += 1
    }

    /// Counts a closed trade.
    public mutating func recordClosedTrade(pnl: Double, entryRegime: Regime) {
        closedTrades += 1
        totalPnl += pnl
        if pnl > 0 {
            wins += 1
            grossProfit += pnl
        } else {
            grossLoss -= pnl
        }
        byRegime[entryRegime, default: .init()].pnl += pnl
    }

    /// The metrics so far.
    public var metrics: Metrics {
        let annual = Metrics.annualization
        let growth = lastDailyEquity / capital
        let cagr = days > 0 ? pow(growth, annual / Double(days)) - 1 : .nan
        let deviation = days > 1 ? (squaredDeviations / Double(days - 1)).squareRoot() : .nan
        let downside = days > 0 ? (downsideSquares / Double(days)).squareRoot() : .nan
        let trades = Double(closedTrades)
        return Metrics(
            totalReturn: growth - 1,
            cagr: cagr,
            annualVolatility: deviation * annual.squareRoot(),
            sharpe: meanReturn / deviation * annual.squareRoot(),
            sortino: days > 0 ? meanReturn * annual.squareRoot() / downside : .nan,
            maxDrawdown: maxDrawdown,
            calmar: cagr / abs(maxDrawdown),
            trades: closedTrades,
            winRate: closedTrades > 0 ? Double(wins) / trades : .nan,
            profitFactor: closedTrades > 0 ? grossProfit / grossLoss : .nan,
            avgTradePnl: closedTrades > 0 ? totalPnl / trades : .nan,
            totalFees: totalFees,
            exposure: bars > 0 ? Double(exposedBars) / Double(bars) : .nan,
            finalEquity: lastDailyEquity,
            byRegime: byRegime
        )
    }
}

import MidasCore

/// A variant's performance (`metrics.json`), with empyrical's conventions (SPEC.md): daily simple
/// returns from the equity at each trading day's last bar, zero risk-free rate, A = 252.
///
/// A ratio without a defined value (no trades, zero volatility, no drawdown) is NaN, written `null`.
public struct Metrics: Sendable, Equatable {
    /// Per-regime activity.
    public struct RegimeActivity: Sendable, Equatable {
        /// Bars labelled with the regime.
        public var bars: Int
        /// Trades whose entry was decided in the regime.
        public var trades: Int
        /// Their P&L, rupees.
        public var pnl: Double

        /// Creates an entry.
        public init(bars: Int = 0, trades: Int = 0, pnl: Double = 0) {
            self.bars = bars
            self.trades = trades
            self.pnl = pnl
        }
    }

    /// Final equity / starting capital − 1.
    public var totalReturn: Double
    /// (Π(1+r))^(A/N) − 1.
    public var cagr: Double
    /// std(r, ddof=1)·√A.
    public var annualVolatility: Double
    /// mean(r)/std(r, ddof=1)·√A.
    public var sharpe: Double
    /// mean(r)·√A / √(mean(min(r,0)²)).
    public var sortino: Double
    /// The worst daily wealth / running max − 1 (starting capital included); ≤ 0.
    public var maxDrawdown: Double
    /// cagr / |max drawdown|.
    public var calmar: Double
    /// Closed trades.
    public var trades: Int
    /// Fraction of closed trades with positive P&L.
    public var winRate: Double
    /// Gross profit / gross loss of closed trades.
    public var profitFactor: Double
    /// Mean P&L of closed trades, rupees.
    public var avgTradePnl: Double
    /// Every fee charged, rupees.
    public var totalFees: Double
    /// Fraction of bars during which a position was held.
    public var exposure: Double
    /// The equity at the last bar, rupees.
    public var finalEquity: Double
    /// Activity per regime, one entry for every regime label.
    public var byRegime: [Regime: RegimeActivity]

    /// Creates metrics.
    public init(
        totalReturn: Double, cagr: Double, annualVolatility: Double, sharpe: Double, sortino: Double,
        maxDrawdown: Double, calmar: Double, trades: Int, winRate: Double, profitFactor: Double,
        avgTradePnl: Double, totalFees: Double, exposure: Double, finalEquity: Double,
        byRegime: [Regime: RegimeActivity]
    ) {
        self.totalReturn = totalReturn
        self.cagr = cagr
        self.annualVolatility = annualVolatility
        self.sharpe = sharpe
        self.sortino = sortino
        self.maxDrawdown = maxDrawdown
        self.calmar = calmar
        self.trades = trades
        self.winRate = winRate
        self.profitFactor = profitFactor
        self.avgTradePnl = avgTradePnl
        self.totalFees = totalFees
        self.exposure = exposure
        self.finalEquity = finalEquity
        self.byRegime = byRegime
    }

    /// The names of the scalar metrics, in `summary.csv` column order (`by_regime` aside).
    public static let scalarNames = [
        "total_return", "cagr", "annual_volatility", "sharpe", "sortino", "max_drawdown", "calmar", "trades",
        "win_rate", "profit_factor", "avg_trade_pnl", "total_fees", "exposure", "final_equity",
    ]

    /// The scalar metrics by output name, in `scalarNames` order.
    public var scalars: [(name: String, value: Double)] {
        let values = [
            totalReturn, cagr, annualVolatility, sharpe, sortino, maxDrawdown, calmar, Double(trades), winRate,
            profitFactor, avgTradePnl, totalFees, exposure, finalEquity,
        ]
        return Array(zip(Self.scalarNames, values))
    }

    /// The annualisation factor: trading days per year.
    public static let annualization = 252.0
}

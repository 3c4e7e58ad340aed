import MidasCore

/// One bar of the equity curve (`equity.csv`).
public struct EquityRow: Sendable, Equatable {
    /// The bar's time.
    public var timestamp: Timestamp
    /// Cash, rupees.
    public var cash: Double
    /// Open positions at the marks in force, rupees.
    public var positionsValue: Double
    /// Cash + positions value.
    public var equity: Double
    /// Equity / running maximum of equity (starting capital included) − 1.
    public var drawdown: Double
    /// The underlying's close at the bar, for comparison (NaN when unknown).
    public var underlying: Double

    /// Creates a row.
    public init(
        timestamp: Timestamp, cash: Double, positionsValue: Double, equity: Double, drawdown: Double,
        underlying: Double = .nan
    ) {
        self.timestamp = timestamp
        self.cash = cash
        self.positionsValue = positionsValue
        self.equity = equity
        self.drawdown = drawdown
        self.underlying = underlying
    }
}

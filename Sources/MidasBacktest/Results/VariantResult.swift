/// Everything one variant's run produced: the files of `DIR/<variant>/` as values.
public struct VariantResult: Sendable, Equatable {
    /// The variant id.
    public var variant: String
    /// The strategy's name.
    public var strategy: String
    /// Starting capital.
    public var capital: Double
    /// One row per bar.
    public var equity: [EquityRow]
    /// Fills by time, then trade, then leg.
    public var fills: [FillRecord]
    /// Trades by id.
    public var trades: [TradeRecord]
    /// Decision lines in event order.
    public var decisions: [DecisionRecord]
    /// The run's metrics.
    public var metrics: Metrics

    /// Creates a result.
    public init(
        variant: String, strategy: String, capital: Double, equity: [EquityRow], fills: [FillRecord],
        trades: [TradeRecord], decisions: [DecisionRecord], metrics: Metrics
    ) {
        self.variant = variant
        self.strategy = strategy
        self.capital = capital
        self.equity = equity
        self.fills = fills
        self.trades = trades
        self.decisions = decisions
        self.metrics = metrics
    }
}

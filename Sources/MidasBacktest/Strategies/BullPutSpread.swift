import MidasCore

/// `bull_put_spread`: sell an out-of-the-money put and buy the put `wing_width` points lower; a
/// credit package that profits unless the underlying falls through the short strike.
///
/// Legs are ordered long put, short put.
///
/// Parameters (`SpreadParameters`): one of `short_delta`, `short_distance`, `short_distance_fraction` (the short
/// put), `wing_width`, and the `TradeRules` keys `entry_dte`, `allowed_regimes`, `profit_target`, `stop_loss`,
/// `exit_dte`, `regime_exit`, `max_positions`, `lots`.
public struct BullPutSpread: PackageStrategy {
    /// The parameters.
    public var parameters: SpreadParameters

    /// Creates the strategy.
    public init(parameters: SpreadParameters) { self.parameters = parameters }

    /// `bull_put_spread`.
    public var name: String { "bull_put_spread" }

    /// The long and short put at `expiry`.
    public func package(at expiry: ExpiryChain) throws(StrategySkip) -> [LegOrder] {
        let short = try expiry.strike(by: parameters.shortStrike, type: .put)
        let long = try expiry.wing(beyond: short, type: .put, width: parameters.wingWidth)
        return [expiry.leg(.buy, long, .put), expiry.leg(.sell, short, .put)]
    }
}

import MidasCore

/// `bear_call_spread`: sell an out-of-the-money call and buy the call `wing_width` points higher;
/// a credit package that profits unless the underlying rises through the short strike.
///
/// Legs are ordered short call, long call.
///
/// Parameters (`SpreadParameters`): one of `short_delta`, `short_distance`, `short_distance_fraction` (the short
/// call), `wing_width`, and the `TradeRules` keys `entry_dte`, `allowed_regimes`, `profit_target`, `stop_loss`,
/// `exit_dte`, `regime_exit`, `max_positions`, `lots`.
public struct BearCallSpread: PackageStrategy {
    /// The parameters.
    public var parameters: SpreadParameters

    /// Creates the strategy.
    public init(parameters: SpreadParameters) { self.parameters = parameters }

    /// `bear_call_spread`.
    public var name: String { "bear_call_spread" }

    /// The short and long call at `expiry`.
    public func package(at expiry: ExpiryChain) throws(StrategySkip) -> [LegOrder] {
        let short = try expiry.strike(by: parameters.shortStrike, type: .call)
        let long = try expiry.wing(beyond: short, type: .call, width: parameters.wingWidth)
        return [expiry.leg(.sell, short, .call), expiry.leg(.buy, long, .call)]
    }
}

import MidasCore

/// `short_strangle`: sell an out-of-the-money put and call of one expiry, unhedged; a credit
/// package margined as naked short legs.
///
/// Legs are ordered short put, short call.
///
/// Parameters (`ShortStrangleParameters`): one of `short_delta`, `short_distance`, `short_distance_fraction`, and
/// the `TradeRules` keys `entry_dte`, `allowed_regimes`, `profit_target`, `stop_loss`, `exit_dte`, `regime_exit`,
/// `max_positions`, `lots`.
public struct ShortStrangle: PackageStrategy {
    /// The parameters.
    public var parameters: ShortStrangleParameters

    /// Creates the strategy.
    public init(parameters: ShortStrangleParameters) { self.parameters = parameters }

    /// `short_strangle`.
    public var name: String { "short_strangle" }

    /// The short put and call at `expiry` by the strike rule; the put must lie below the call.
    public func package(at expiry: ExpiryChain) throws(StrategySkip) -> [LegOrder] {
        let put = try expiry.strike(by: parameters.shortStrike, type: .put)
        let call = try expiry.strike(by: parameters.shortStrike, type: .call)
        guard put < call else {
            throw StrategySkip("short put \(put.shortestText) is not below short call \(call.shortestText)")
        }
        return [expiry.leg(.sell, put, .put), expiry.leg(.sell, call, .call)]
    }
}

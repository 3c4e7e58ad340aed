import MidasCore

/// `iron_condor`: sell an out-of-the-money put and call of one expiry, buy wings `wing_width`
/// points further out; a credit package whose risk is the wing width less the credit.
///
/// Legs are ordered long put, short put, short call, long call.
///
/// Parameters (`SpreadParameters`): one of `short_delta`, `short_distance`, `short_distance_fraction` (the short
/// strikes), `wing_width`, and the `TradeRules` keys `entry_dte`, `allowed_regimes`, `profit_target`,
/// `stop_loss`, `exit_dte`, `regime_exit`, `max_positions`, `lots`.
public struct IronCondor: PackageStrategy {
    /// The parameters.
    public var parameters: SpreadParameters

    /// Creates the strategy.
    public init(parameters: SpreadParameters) {
        self.parameters = parameters
    }

    /// `iron_condor`.
    public var name: String { "iron_condor" }

    /// The four legs at `expiry`: short strikes by the rule, wings beyond them.
    public func package(at expiry: ExpiryChain) throws(StrategySkip) -> [LegOrder] {
        let shortPut = try expiry.strike(by: parameters.shortStrike, type: .put)
        let shortCall = try expiry.strike(by: parameters.shortStrike, type: .call)
        guard shortPut < shortCall else {
            throw StrategySkip("short put \(shortPut.shortestText) is not below short call \(shortCall.shortestText)")
        }
        let longPut = try expiry.wing(beyond: shortPut, type: .put, width: parameters.wingWidth)
        let longCall = try expiry.wing(beyond: shortCall, type: .call, width: parameters.wingWidth)
        return [
            expiry.leg(.buy, longPut, .put), expiry.leg(.sell, shortPut, .put),
            expiry.leg(.sell, shortCall, .call), expiry.leg(.buy, longCall, .call),
        ]
    }
}

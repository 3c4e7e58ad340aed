import MidasCore

/// `iron_butterfly`: sell the at-the-money straddle of one expiry and buy wings `wing_width`
/// points either side; a credit package whose risk is the wing width less the credit.
///
/// The at-the-money strike is the one nearest spot quoted for both types (the lower on a tie).
/// Legs are ordered long put, short put, short call, long call.
///
/// Parameters (`IronButterflyParameters`): `wing_width` and the `TradeRules` keys `entry_dte`, `allowed_regimes`,
/// `profit_target`, `stop_loss`, `exit_dte`, `regime_exit`, `max_positions`, `lots`.
public struct IronButterfly: PackageStrategy {
    /// The parameters.
    public var parameters: IronButterflyParameters

    /// Creates the strategy.
    public init(parameters: IronButterflyParameters) { self.parameters = parameters }

    /// `iron_butterfly`.
    public var name: String { "iron_butterfly" }

    /// The short straddle at the money and its two wings at `expiry`.
    public func package(at expiry: ExpiryChain) throws(StrategySkip) -> [LegOrder] {
        let center = try expiry.atTheMoneyStrike()
        let longPut = try expiry.wing(beyond: center, type: .put, width: parameters.wingWidth)
        let longCall = try expiry.wing(beyond: center, type: .call, width: parameters.wingWidth)
        return [
            expiry.leg(.buy, longPut, .put), expiry.leg(.sell, center, .put),
            expiry.leg(.sell, center, .call), expiry.leg(.buy, longCall, .call),
        ]
    }
}

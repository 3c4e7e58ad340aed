import MidasCore

/// `long_straddle`: buy the at-the-money put and call of one expiry; a debit package that
/// profits from a large move either way and risks its debit. `profit_target` and `stop_loss`
/// are fractions of the debit.
///
/// The at-the-money strike is the one nearest spot quoted for both types (the lower on a tie).
/// Legs are ordered long put, long call.
///
/// Parameters (`LongStraddleParameters`): the `TradeRules` keys `entry_dte`, `allowed_regimes`, `profit_target`,
/// `stop_loss`, `exit_dte`, `regime_exit`, `max_positions`, `lots` (`profit_target` may exceed 1; `stop_loss` is
/// at most 1).
public struct LongStraddle: PackageStrategy {
    /// The parameters.
    public var parameters: LongStraddleParameters

    /// Creates the strategy.
    public init(parameters: LongStraddleParameters) { self.parameters = parameters }

    /// `long_straddle`.
    public var name: String { "long_straddle" }

    /// The long put and call at the money at `expiry`.
    public func package(at expiry: ExpiryChain) throws(StrategySkip) -> [LegOrder] {
        let strike = try expiry.atTheMoneyStrike()
        return [expiry.leg(.buy, strike, .put), expiry.leg(.buy, strike, .call)]
    }
}

import MidasCore

/// Values an option at its expiry (LEAN's option exercise model): a small protocol.
public protocol SettlementModel: Sendable {
    /// The settlement value per unit of a contract, given the underlying's settlement price.
    func value(strike: Double, type: OptionType, underlying: Double) -> Double
}

/// European cash settlement at intrinsic value against the underlying's close on expiry day.
public struct IntrinsicSettlement: SettlementModel {
    /// Creates the model.
    public init() {}

    /// `max(S − K, 0)` for a call, `max(K − S, 0)` for a put.
    public func value(strike: Double, type: OptionType, underlying: Double) -> Double {
        max(0, type.sign * (underlying - strike))
    }
}

/// The sensitivities of one option's price, in the units traders quote them.
public struct Greeks: Sendable, Equatable {
    /// ∂price/∂spot.
    public var delta: Double
    /// ∂²price/∂spot².
    public var gamma: Double
    /// Price change per calendar day as time passes, spot and volatility unchanged: −∂price/∂T / 365
    /// (the instantaneous rate, not a one-day difference, which differs near expiry).
    public var theta: Double
    /// Price change per volatility point (σ up by 0.01).
    public var vega: Double

    /// Creates a set of greeks.
    public init(delta: Double, gamma: Double, theta: Double, vega: Double) {
        self.delta = delta
        self.gamma = gamma
        self.theta = theta
        self.vega = vega
    }

    /// Every greek missing (NaN): no volatility to evaluate them at.
    public static let missing = Greeks(delta: .nan, gamma: .nan, theta: .nan, vega: .nan)
}

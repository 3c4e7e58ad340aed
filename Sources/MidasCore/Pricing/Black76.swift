import Foundation

/// Black's 1976 model: a European option on a forward, discounted.
///
/// `price = discount · (F·Φ(d1) − K·Φ(d2))` for a call and
/// `discount · (K·Φ(−d2) − F·Φ(−d1))` for a put, with
/// `d1 = (ln(F/K) + σ²T/2) / (σ√T)` and `d2 = d1 − σ√T`. Black–Scholes on spot S with
/// rate r and dividend yield q is the special case F = S·e^((r−q)T), discount = e^(−rT).
public enum Black76 {
    /// The discounted option price.
    ///
    /// - Parameters:
    ///   - forward: forward price F of the underlying for the option's expiry.
    ///   - strike: strike K.
    ///   - time: time to expiry T in years.
    ///   - volatility: σ as a fraction (0.2 = 20%).
    ///   - discount: the discount factor e^(−rT).
    ///   - type: call or put.
    @inlinable
    public static func price(
        forward: Double, strike: Double, time: Double, volatility: Double, discount: Double, type: OptionType
    ) -> Double {
        let sign = type.sign
        let intrinsic = max(sign * (forward - strike), 0)
        let stdDev = volatility * time.squareRoot()
        guard stdDev > 0, forward > 0, strike > 0 else { return discount * intrinsic }
        let d1 = log(forward / strike) / stdDev + 0.5 * stdDev
        let d2 = d1 - stdDev
        let undiscounted = sign * (forward * Normal.cdf(sign * d1) - strike * Normal.cdf(sign * d2))
        return discount * max(undiscounted, intrinsic)
    }

    /// The forward implied by spot, rate and dividend yield: S·e^((r−q)T).
    @inlinable
    public static func forward(spot: Double, rate: Double, dividendYield: Double, time: Double) -> Double {
        spot * exp((rate - dividendYield) * time)
    }
}

import Foundation

/// Black's 1976 model: a European option on a forward, discounted.
///
/// `price = discount · (F·Φ(d1) − K·Φ(d2))` for a call and
/// `discount · (K·Φ(−d2) − F·Φ(−d1))` for a put, with
/// `d1 = (ln(F/K) + σ²T/2) / (σ√T)` and `d2 = d1 − σ√T`. Black–Scholes on spot S with
/// rate r and dividend yield q is the special case F = S·e^((r−q)T), discount = e^(−rT).
///
/// The price is evaluated as intrinsic value plus the out-of-the-money option's value
/// (put–call parity), so it is never below the discounted intrinsic value, is exact for deep
/// in-the-money options, and is the same function the implied-volatility solver inverts.
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
        let intrinsic = max(type.sign * (forward - strike), 0)
        let s = volatility * time.squareRoot()
        guard s > 0, forward > 0, strike > 0 else { return discount * intrinsic }
        let x = -abs(log(forward / strike))
        let root = (forward * strike).squareRoot()
        let halfForward = exp(0.5 * x)
        let timeValue =
            root * NormalisedBlack.otmPrice(x: x, s: s, halfForward: halfForward, halfStrike: 1 / halfForward)
        return discount * (intrinsic + timeValue)
    }

    /// The forward implied by spot, rate and dividend yield: S·e^((r−q)T).
    @inlinable
    public static func forward(spot: Double, rate: Double, dividendYield: Double, time: Double) -> Double {
        spot * exp((rate - dividendYield) * time)
    }

    /// Delta and gamma with respect to spot, theta per calendar day and vega per vol point.
    ///
    /// The forward moves with spot as F = S·e^(bT), so ∂F/∂S = F/S: when F was derived from
    /// spot, b = r − q; when F is a quoted future, b = ln(F/S)/T is the future's implied carry
    /// and the future is taken to move one-for-one with spot scaled by F/S. Theta is −∂V/∂T / 365
    /// with spot, volatility, rate and carry fixed (the forward rolls down its carry). With F = S·e^((r−q)T) these are the Black–Scholes greeks on spot, e.g.
    /// delta = e^(−qT)·Φ(d1) for a call.
    ///
    /// - Parameters:
    ///   - spot: spot S; when not positive and finite, spot is taken to be the forward (no carry).
    ///   - forward: forward F for the expiry.
    ///   - strike: strike K.
    ///   - time: time to expiry T in years.
    ///   - volatility: σ as a fraction.
    ///   - discount: the discount factor e^(−rT).
    ///   - type: call or put.
    /// - Returns: every greek NaN when T, σ, F or K is not positive.
    public static func greeks(
        spot: Double, forward: Double, strike: Double, time: Double, volatility: Double, discount: Double,
        type: OptionType
    ) -> Greeks {
        guard time > 0, volatility > 0, forward > 0, strike > 0, discount > 0,
            time.isFinite, volatility.isFinite, forward.isFinite, strike.isFinite
        else { return .missing }
        let base = spot > 0 && spot.isFinite ? spot : forward
        let sqrtT = time.squareRoot()
        let s = volatility * sqrtT
        let d1 = log(forward / strike) / s + 0.5 * s
        let sign = type.sign
        let density = Normal.pdf(d1)
        let forwardPerSpot = forward / base
        let inTheMoneyProbability = Normal.cdf(sign * d1)
        let forwardDelta = discount * sign * inTheMoneyProbability
        let forwardGamma = discount * density / (forward * s)
        // The value only enters theta's discounting term, where its last digits do not matter.
        let value = discount * sign * (forward * inTheMoneyProbability - strike * Normal.cdf(sign * (d1 - s)))
        let rate = -log(discount) / time
        let carry = log(forwardPerSpot) / time
        // ∂V/∂T with spot fixed: discounting, the forward's carry, and the option's own decay.
        let timeDerivative =
            -rate * value + forwardDelta * forward * carry + discount * forward * density * volatility / (2 * sqrtT)
        return Greeks(
            delta: forwardDelta * forwardPerSpot,
            gamma: forwardGamma * forwardPerSpot * forwardPerSpot,
            theta: -timeDerivative / 365,
            vega: discount * forward * density * sqrtT * 0.01)
    }
}

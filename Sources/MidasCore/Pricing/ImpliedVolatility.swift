import Foundation

/// The Black-76 implied volatility of a price: the σ with `Black76.price(σ) == price`.
///
/// The method follows the ideas of Jäckel's "Let's Be Rational" (2015), written afresh:
/// the problem is reduced by put–call parity to the out-of-the-money option's normalised price
/// β = time value / √(F·K) at log-moneyness x = −|ln(F/K)| ≤ 0, whose normalised price
/// b(x, s) rises from 0 to e^(x/2) in s = σ√T with one inflection at s_c = √(2|x|). Below s_c
/// the solver works on 1/ln b (nearly linear where b vanishes faster than any power), above it
/// on ln(e^(x/2) − b) (nearly linear where b saturates); the start comes from the tangent at
/// the inflection combined with each branch's asymptotic inverse (a bound on the same side),
/// then third-order (Halley) steps, kept inside a bracket that every evaluation narrows, with
/// bisection when a step would leave it. At most `maximumIterations` evaluations: never a loop
/// without end. A typical chain quote costs four evaluations of Black's formula: one at the
/// inflection for the start, three in the loop.
public enum ImpliedVolatility {
    /// The most objective evaluations one solve makes before giving up with `.atBound`.
    public static let maximumIterations = 40

    /// The implied volatility of a discounted option price.
    ///
    /// - Parameters:
    ///   - price: the option's (discounted) price.
    ///   - forward: forward F for the option's expiry.
    ///   - strike: strike K.
    ///   - time: time to expiry T in years.
    ///   - discount: the discount factor e^(−rT).
    ///   - type: call or put.
    /// - Returns: the volatility with `.ok`; otherwise NaN with `.expired` (T ≤ 0), `.noPrice`
    ///   (price missing or not positive, or F, K or the discount unusable), `.belowIntrinsic`,
    ///   `.aboveUpperBound` (MARKET.md "Price bounds"), or `.atBound` (on a bound, or so close to
    ///   it that no volatility is identifiable in double precision).
    public static func solve(
        price: Double, forward: Double, strike: Double, time: Double, discount: Double, type: OptionType
    ) -> IVSolution {
        guard time > 0, time.isFinite else { return .failed(.expired) }
        guard price > 0, price.isFinite, forward > 0, forward.isFinite, strike > 0, strike.isFinite,
            discount > 0, discount.isFinite
        else { return .failed(.noPrice) }
        let undiscounted = price / discount
        let intrinsic = max(type.sign * (forward - strike), 0)
        let upper = type == .call ? forward : strike
        if undiscounted > upper { return .failed(.aboveUpperBound) }
        if undiscounted < intrinsic {
            // Rounding in discounting and back can leave a price on the bound a few ulps below it.
            let onBound = intrinsic - undiscounted <= 4 * Double.ulpOfOne * max(forward, strike)
            return .failed(onBound ? .atBound : .belowIntrinsic)
        }
        let x = -abs(log(forward / strike))
        let beta = (undiscounted - intrinsic) / (forward * strike).squareRoot()
        let halfForward = exp(0.5 * x)
        guard beta > 0, beta < halfForward else { return .failed(.atBound) }
        let s = normalisedVolatility(beta: beta, x: x, halfForward: halfForward)
        guard s.isFinite, s > 0 else { return .failed(.atBound) }
        return IVSolution(vol: s / time.squareRoot(), status: .ok)
    }

    /// s = σ√T with b(x, s) = β, for x ≤ 0 and 0 < β < e^(x/2); NaN when it cannot be resolved.
    static func normalisedVolatility(beta: Double, x: Double, halfForward: Double) -> Double {
        let halfStrike = 1 / halfForward
        let inflection = (-2 * x).squareRoot()
        var below = false
        var guess: Double
        if inflection > 0 {
            let priceAtInflection = NormalisedBlack.otmPrice(
                x: x, s: inflection, halfForward: halfForward, halfStrike: halfStrike)
            let tangent = inflection + (beta - priceAtInflection) / NormalisedBlack.vega(x: x, s: inflection)
            if beta < priceAtInflection {
                below = true
                guess = min(tangent, lowerAsymptoticGuess(beta: beta, x: x, limit: inflection))
            } else {
                guess = max(tangent, upperAsymptoticGuess(beta: beta, x: x, halfForward: halfForward))
            }
        } else {
            guess = upperAsymptoticGuess(beta: beta, x: x, halfForward: halfForward)
        }
        return below
            ? refineBelowInflection(beta: beta, x: x, start: guess, limit: inflection, halfForward: halfForward)
            : refineAboveInflection(beta: beta, x: x, start: guess, limit: inflection, halfForward: halfForward)
    }

    /// Below the inflection: b ≈ b'(s)·s/(x²/s² − s²/4) as s → 0 (the normal tails' leading
    /// terms), inverted by two fixed-point passes of
    /// x²/(2s²) = −ln β − ln√(2π) − s²/8 + ln(s³/(x² − s⁴/4)).
    static func lowerAsymptoticGuess(beta: Double, x: Double, limit: Double) -> Double {
        var s = 0.5 * limit
        let logBeta = log(beta)
        for _ in 0..<2 {
            let s2 = s * s
            let rest = -logBeta - 0.918_938_533_204_672_7 - 0.125 * s2 + log(s * s2 / (x * x - 0.25 * s2 * s2))
            guard rest > 0 else { return 0.5 * limit }
            s = abs(x) / (2 * rest).squareRoot()
        }
        return s.isFinite && s > 0 && s < limit ? s : 0.5 * limit
    }

    /// Above the inflection: e^(x/2) − b ≥ e^(x/2)·Φ(|x|/s − s/2), so solving that term alone
    /// for s (a quadratic in s) gives a lower bound of the root; at x = 0 the two terms are equal
    /// and halving the share makes the start exact.
    static func upperAsymptoticGuess(beta: Double, x: Double, halfForward: Double) -> Double {
        let share = (halfForward - beta) / (x == 0 ? 2 * halfForward : halfForward)
        let q = Normal.quantile(share)
        let s = -q + (q * q - 2 * x).squareRoot()
        return s.isFinite && s > 0 ? s : 1
    }

    /// Halley steps on f(s) = 1/ln b(s) − 1/ln β within (0, limit).
    static func refineBelowInflection(
        beta: Double, x: Double, start: Double, limit: Double, halfForward: Double
    ) -> Double {
        let halfStrike = 1 / halfForward
        let target = 1 / log(beta)
        var low = 0.0
        var high = limit
        var s = start > 0 && start < limit ? start : 0.5 * limit
        for _ in 0..<maximumIterations {
            let b = NormalisedBlack.otmPrice(x: x, s: s, halfForward: halfForward, halfStrike: halfStrike)
            if b == beta { return s }
            if b > beta { high = s } else { low = s }
            let slope = NormalisedBlack.vega(x: x, s: s)
            let curvature = slope * (x * x / (s * s * s) - 0.25 * s)
            let logB = log(b)
            let d1 = slope / b
            let d2 = curvature / b - d1 * d1
            let f = 1 / logB - target
            let f1 = -d1 / (logB * logB)
            let f2 = -d2 / (logB * logB) + 2 * d1 * d1 / (logB * logB * logB)
            let (next, tolerance) = step(s: s, f: f, f1: f1, f2: f2, low: low, high: high)
            if abs(next - s) <= tolerance * s { return next }
            s = next
        }
        return .nan
    }

    /// Halley steps on g(s) = ln(e^(x/2) − b(s)) − ln(e^(x/2) − β) within (limit, ∞).
    static func refineAboveInflection(
        beta: Double, x: Double, start: Double, limit: Double, halfForward: Double
    ) -> Double {
        let halfStrike = 1 / halfForward
        let target = log(halfForward - beta)
        var low = limit
        var high = Double.infinity
        var s = start > limit ? start : max(2 * limit, 1)
        for _ in 0..<maximumIterations {
            let gap = NormalisedBlack.distanceToUpperBound(
                x: x, s: s, halfForward: halfForward, halfStrike: halfStrike)
            let logGap = log(gap)
            if logGap == target { return s }
            if logGap < target { high = s } else { low = s }
            let slope = NormalisedBlack.vega(x: x, s: s)
            let curvature = slope * (x * x / (s * s * s) - 0.25 * s)
            let d1 = -slope / gap
            let f = logGap - target
            let f2 = -curvature / gap - d1 * d1
            let (next, tolerance) = step(s: s, f: f, f1: d1, f2: f2, low: low, high: high)
            if abs(next - s) <= tolerance * s { return next }
            s = next
        }
        return .nan
    }

    /// One Halley step (Newton when the correction is too large), or bisection of the bracket
    /// (doubling while it is open above) when the step would leave it.
    ///
    /// - Returns: the next point, and the relative step size below which it ends the solve:
    ///   after a Halley step of relative size 10⁻⁶ the error is of order 10⁻¹⁸ (cubic
    ///   convergence), after a Newton step of 10⁻⁹ of order 10⁻¹⁸ (quadratic); a bisection
    ///   says nothing about the distance to the root (tolerance 0).
    static func step(
        s: Double, f: Double, f1: Double, f2: Double, low: Double, high: Double
    ) -> (next: Double, tolerance: Double) {
        if f == 0 { return (s, 1) }
        let newton = f / f1
        let correction = 0.5 * newton * f2 / f1
        let halley = abs(correction) < 0.5
        let next = halley ? s - newton / (1 - correction) : s - newton
        if next >= low, next <= high { return (next, halley ? 1e-6 : 1e-9) }
        return (high.isFinite ? 0.5 * (low + high) : 2 * max(s, low), 0)
    }
}

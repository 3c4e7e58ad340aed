import Foundation

/// Black's formula in Jäckel's normalised coordinates, for the out-of-the-money option only.
///
/// With x = ln(F/K) ≤ 0 and s = σ√T, the undiscounted out-of-the-money option price divided
/// by √(F·K) is `b(x, s) = e^(x/2)·Φ(x/s + s/2) − e^(−x/2)·Φ(x/s − s/2)`: the call when
/// F < K and, by the symmetry b(x, s, call) = b(−x, s, put), the put when F > K. The in-the-money
/// option is its intrinsic value plus this (put–call parity), which keeps deep in-the-money
/// prices exact and puts the whole time value in one well-conditioned number.
@usableFromInline
enum NormalisedBlack {
    /// `b(x, s)` for x ≤ 0, s > 0, never negative.
    @inlinable
    static func otmPrice(x: Double, s: Double, halfForward: Double, halfStrike: Double) -> Double {
        let h = x / s
        let t = 0.5 * s
        let value = halfForward * Normal.cdf(h + t) - halfStrike * Normal.cdf(h - t)
        return max(value, 0)
    }

    /// `b_max − b(x, s)` computed without cancellation: e^(x/2)·Φ(−x/s − s/2) + e^(−x/2)·Φ(x/s − s/2).
    @inlinable
    static func distanceToUpperBound(x: Double, s: Double, halfForward: Double, halfStrike: Double) -> Double {
        let h = x / s
        let t = 0.5 * s
        return halfForward * Normal.cdf(-h - t) + halfStrike * Normal.cdf(h - t)
    }

    /// ∂b/∂s in closed form: e^(−(x²/s² + s²/4)/2) / √(2π).
    @inlinable
    static func vega(x: Double, s: Double) -> Double {
        let h = x / s
        let t = 0.5 * s
        return 0.398_942_280_401_432_7 * exp(-0.5 * (h * h + t * t))
    }
}

import Foundation

/// The standard normal distribution.
public enum Normal {
    /// Density φ(x).
    @inlinable
    public static func pdf(_ x: Double) -> Double {
        0.398_942_280_401_432_7 * exp(-0.5 * x * x)
    }

    /// Cumulative distribution Φ(x), accurate in both tails (via `erfc`).
    @inlinable
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x * 0.707_106_781_186_547_5)
    }
}

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

extension Normal {
    /// The quantile Φ⁻¹(p) for 0 < p < 1 by Acklam's rational approximation (relative error
    /// below 1.2·10⁻⁹): a starting point for solvers, not a final answer. NaN outside (0, 1).
    public static func quantile(_ p: Double) -> Double {
        guard p > 0, p < 1 else { return .nan }
        if p < 0.024_25 {
            return tail(p)
        }
        if p > 1 - 0.024_25 {
            return -tail(1 - p)
        }
        let q = p - 0.5
        let r = q * q
        var numerator = -3.969_683_028_665_376e+01 * r + 2.209_460_984_245_205e+02
        numerator = ((numerator * r - 2.759_285_104_469_687e+02) * r + 1.383_577_518_672_690e+02) * r
        numerator = (numerator - 3.066_479_806_614_716e+01) * r + 2.506_628_277_459_239e+00
        var denominator = -5.447_609_879_822_406e+01 * r + 1.615_858_368_580_409e+02
        denominator = ((denominator * r - 1.556_989_798_598_866e+02) * r + 6.680_131_188_771_972e+01) * r
        denominator = (denominator - 1.328_068_155_288_572e+01) * r + 1
        return numerator * q / denominator
    }

    /// Acklam's lower-tail branch, p < 0.02425.
    static func tail(_ p: Double) -> Double {
        let q = (-2 * log(p)).squareRoot()
        var numerator = -7.784_894_002_430_293e-03 * q - 3.223_964_580_411_365e-01
        numerator = ((numerator * q - 2.400_758_277_161_838e+00) * q - 2.549_732_539_343_734e+00) * q
        numerator = (numerator + 4.374_664_141_464_968e+00) * q + 2.938_163_982_698_783e+00
        var denominator = 7.784_695_709_041_462e-03 * q + 3.224_671_290_700_398e-01
        denominator = ((denominator * q + 2.445_134_137_142_996e+00) * q + 3.754_408_661_907_416e+00) * q + 1
        return numerator / denominator
    }
}

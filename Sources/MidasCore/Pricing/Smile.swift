/// One expiry's implied-volatility smile, fitted to the quotes that have a mark: a weighted
/// quadratic in log-moneyness k = ln(K/F), used to price the quotes that have none.
///
/// The fit degrades gracefully with few points: three or more distinct strikes give a
/// quadratic (a linear fit instead when the quadratic would be concave or ill-conditioned),
/// two give a line, one a flat level. Outside the fitted strikes the smile is flat (its value
/// at the nearest fitted strike), and volatilities are kept within 1%–500%.
public struct Smile: Sendable, Equatable {
    /// σ at the centre (the weighted mean log-moneyness of the fitted points).
    public var level: Double
    /// dσ/dk at the centre.
    public var slope: Double
    /// d²σ/dk² / 2.
    public var curvature: Double
    /// The weighted mean log-moneyness the polynomial is centred on.
    public var center: Double
    /// The lowest fitted log-moneyness.
    public var lowerMoneyness: Double
    /// The highest fitted log-moneyness.
    public var upperMoneyness: Double

    /// Creates a smile from its coefficients.
    public init(
        level: Double, slope: Double, curvature: Double, center: Double, lowerMoneyness: Double,
        upperMoneyness: Double
    ) {
        self.level = level
        self.slope = slope
        self.curvature = curvature
        self.center = center
        self.lowerMoneyness = lowerMoneyness
        self.upperMoneyness = upperMoneyness
    }

    /// One fitted observation.
    public struct Point: Sendable, Equatable {
        /// ln(K/F).
        public var logMoneyness: Double
        /// The implied volatility of the quote's mark.
        public var volatility: Double
        /// Its weight (Midas uses vega, so at-the-money quotes count most).
        public var weight: Double

        /// Creates a point.
        public init(logMoneyness: Double, volatility: Double, weight: Double) {
            self.logMoneyness = logMoneyness
            self.volatility = volatility
            self.weight = weight
        }
    }

    /// The smile's volatility at log-moneyness k (flat outside the fitted range, within 1%–500%).
    @inlinable
    public func volatility(logMoneyness k: Double) -> Double {
        let u = min(max(k, lowerMoneyness), upperMoneyness) - center
        return min(max(level + slope * u + curvature * u * u, 0.01), 5)
    }

    /// The weighted least-squares smile through the points; `nil` without a usable point.
    public static func fit(_ points: [Point]) -> Smile? {
        var total = 0.0
        var center = 0.0
        var mean = 0.0
        var lower = Double.infinity
        var upper = -Double.infinity
        for p in points where p.weight > 0 && p.weight.isFinite && p.volatility.isFinite {
            total += p.weight
            center += p.weight * p.logMoneyness
            mean += p.weight * p.volatility
            lower = min(lower, p.logMoneyness)
            upper = max(upper, p.logMoneyness)
        }
        guard total > 0 else { return nil }
        center /= total
        mean /= total
        // Centred weighted moments: Σw·u^j and Σw·u^j·σ.
        var s2 = 0.0
        var s3 = 0.0
        var s4 = 0.0
        var t1 = 0.0
        var t2 = 0.0
        var interior = false
        for p in points where p.weight > 0 && p.weight.isFinite && p.volatility.isFinite {
            let u = p.logMoneyness - center
            let w = p.weight
            s2 += w * u * u
            s3 += w * u * u * u
            s4 += w * u * u * u * u
            t1 += w * u * p.volatility
            t2 += w * u * u * p.volatility
            if p.logMoneyness > lower, p.logMoneyness < upper { interior = true }
        }
        let flat = Smile(
            level: mean, slope: 0, curvature: 0, center: center, lowerMoneyness: lower, upperMoneyness: upper)
        guard upper > lower, s2 > 1e-14 * total else { return flat }
        var linear = flat
        linear.slope = t1 / s2
        guard interior else { return linear }
        // Normal equations in (a, b, c) for σ = a + b·u + c·u², with Σw·u = 0 by centring:
        // [total 0 s2; 0 s2 s3; s2 s3 s4]·(a, b, c) = (mean·total, t1, t2).
        let t0 = mean * total
        let det = total * (s2 * s4 - s3 * s3) - s2 * s2 * s2
        guard det > 1e-12 * total * s2 * s4 else { return linear }
        let a = (t0 * (s2 * s4 - s3 * s3) + s2 * (t1 * s3 - s2 * t2)) / det
        let b = (total * (t1 * s4 - s3 * t2) + t0 * s2 * s3 - s2 * s2 * t1) / det
        let c = (total * (s2 * t2 - t1 * s3) - t0 * s2 * s2) / det
        guard c >= 0, a.isFinite, b.isFinite, c.isFinite else { return linear }
        return Smile(level: a, slope: b, curvature: c, center: center, lowerMoneyness: lower, upperMoneyness: upper)
    }
}

import Foundation

/// The implied-volatility surface the synthetic chain is priced on.
///
/// At the money, the 30-day volatility is the VIX level; shorter and longer maturities
/// bend towards a long-run level (an upward term structure when VIX is low, an inverted one
/// when it is high). Across strikes, a smile in standardised moneyness
/// `x = ln(K/F) / (σ_atm·√T)` gives puts the familiar skew.
struct VolSurface {
    /// VIX as a fraction (0.14 = 14 points).
    var vix: Double
    /// The level long maturities revert to.
    var longRun: Double

    static let thirtyDays = 30.0 / 365
    static let skew = -0.07
    static let curvature = 0.012

    /// At-the-money volatility for time to expiry `time` (years).
    func atTheMoney(time: Double) -> Double {
        let ratio = min(pow(VolSurface.thirtyDays / max(time, 1.0 / 1460), 0.25), 2)
        return max(longRun + (vix - longRun) * ratio, 0.4 * vix)
    }

    /// Volatility at strike `strike` for forward `forward` and time `time`, given the
    /// at-the-money level `atm`.
    func volatility(strike: Double, forward: Double, time: Double, atm: Double) -> Double {
        let x = standardisedMoneyness(strike: strike, forward: forward, time: time, atm: atm)
        return atm * max(1 + VolSurface.skew * x + VolSurface.curvature * x * x, 0.6)
    }

    /// `ln(K/F) / (σ_atm·√T)`, clamped to ±5 (and ±5 by sign at expiry).
    func standardisedMoneyness(strike: Double, forward: Double, time: Double, atm: Double) -> Double {
        let scale = atm * time.squareRoot()
        let logMoneyness = log(strike / forward)
        guard scale > 0 else { return logMoneyness == 0 ? 0 : (logMoneyness > 0 ? 5 : -5) }
        return min(max(logMoneyness / scale, -5), 5)
    }
}

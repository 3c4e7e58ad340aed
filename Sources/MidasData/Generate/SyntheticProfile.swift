import Foundation
import MidasCore

/// The character of one simulated index: its level, volatility and liquidity.
///
/// These are the generator's tuning knobs, kept in one table so the synthetic market can be
/// read and adjusted in one place. Levels follow the real indices loosely (an exponential
/// path between a 2019 and a 2026 anchor), so strikes and premiums look familiar.
struct SyntheticProfile: Sendable {
    /// Index level on 2019-01-01 and on 2026-01-01 (the start level interpolates between them).
    var level2019: Double
    var level2026: Double
    /// Multiplier on every regime's volatility (BANKNIFTY moves more than NIFTY).
    var volatilityScale: Double
    /// Long-run level of implied volatility that the term structure reverts to.
    var longRunVolatility: Double
    /// Typical index volume of one session (shares of the constituents).
    var sessionVolume: Double
    /// Typical at-the-money option volume of one snapshot, in contracts.
    var atmContracts: Double
    /// Typical at-the-money open interest, in contracts.
    var atmOpenInterest: Double

    /// The profile of an index (NIFTY's for any index without its own).
    static func of(_ index: IndexSpec) -> SyntheticProfile {
        index.symbol == IndexSpec.bankNifty.symbol ? bankNifty : nifty
    }

    static let nifty = SyntheticProfile(
        level2019: 10_900, level2026: 26_000, volatilityScale: 1.0, longRunVolatility: 0.15,
        sessionVolume: 2.5e8, atmContracts: 60_000, atmOpenInterest: 90_000)

    static let bankNifty = SyntheticProfile(
        level2019: 27_000, level2026: 59_000, volatilityScale: 1.25, longRunVolatility: 0.18,
        sessionVolume: 1.5e8, atmContracts: 30_000, atmOpenInterest: 45_000)

    /// The index level a simulation starting on `day` begins at.
    func startLevel(on day: Day) -> Double {
        let anchor = Day(year: 2019, month: 1, day: 1)!
        let years = Double(anchor.days(to: day)) / 2557.0  // 2019-01-01 … 2026-01-01
        return level2019 * pow(level2026 / level2019, years)
    }
}

/// The market's mood, a Markov chain over days: calm uptrends, ranges and selloffs.
enum SyntheticRegime: Int, Sendable, CaseIterable {
    case calmUptrend = 0
    case range = 1
    case selloff = 2

    /// Annual drift of the index.
    var drift: Double {
        switch self {
        case .calmUptrend: return 0.22
        case .range: return 0.02
        case .selloff: return -0.6
        }
    }

    /// Annual volatility the regime pulls realised volatility towards.
    var volatility: Double {
        switch self {
        case .calmUptrend: return 0.095
        case .range: return 0.12
        case .selloff: return 0.26
        }
    }

    /// Probability of a gap at the open, and the gap's mean (as a log return).
    var gapProbability: Double { self == .selloff ? 0.12 : 0.03 }
    var gapMean: Double { self == .selloff ? -0.006 : 0.001 }

    /// Cumulative probabilities of tomorrow's regime, in `allCases` order.
    var transition: [Double] {
        switch self {
        case .calmUptrend: return [0.985, 0.995, 1]
        case .range: return [0.014, 0.992, 1]
        case .selloff: return [0.025, 0.08, 1]
        }
    }

    /// Tomorrow's regime for a uniform draw.
    func next(_ uniform: Double) -> SyntheticRegime {
        let cumulative = transition
        for (index, bound) in cumulative.enumerated() where uniform < bound {
            return SyntheticRegime(rawValue: index)!
        }
        return self
    }
}

import Foundation
import MidasCore

/// The simulated underlying and its daily companions (VIX, FII flows, USDINR), day by day.
///
/// The path is sequential from the first day and each day draws from its own stream keyed
/// by (seed, day), so a longer range with the same seed and start reproduces every earlier
/// day exactly. Within a day the index moves in five-minute steps with a U-shaped intraday
/// volatility; daily and intraday bars are aggregations of the same steps.
///
/// - Volatility mean-reverts (in logs) towards the regime's level, quickly upwards and
///   slowly downwards, and jumps after large down moves.
/// - VIX is the next day's expected volatility plus a variance risk premium (15% above, plus
///   two points), so implied volatility exceeds realised on average.
/// - FII flows follow the day's standardised return; USDINR moves mildly against it.
enum MarketPath {
    /// Seconds per simulation step.
    static let stepSeconds = 300
    /// The volatility that gap sizes are quoted at (gaps scale with the day's volatility).
    static let gapReferenceVolatility = 0.13

    /// The simulated trading days of `settings`' range.
    static func simulate(_ settings: GenerateSettings, calendar: TradingCalendar) -> [SimulatedDay] {
        let profile = SyntheticProfile.of(settings.index)
        var level = profile.startLevel(on: settings.from)
        var regime = SyntheticRegime.range
        var volatility = regime.volatility * profile.volatilityScale
        var previousVIX: Double?
        var usdinr = 70 * exp(0.035 * Double(Day(year: 2019, month: 1, day: 1)!.days(to: settings.from)) / 365.25)
        var days: [SimulatedDay] = []
        for day in calendar.tradingDays(from: settings.from, to: settings.to) {
            guard let session = calendar.session(on: day) else { continue }
            var random = RandomStream(settings.seed, day.streamKey, 1)
            regime = regime.next(random.uniform())
            let target = regime.volatility * profile.volatilityScale
            let speed = target > volatility ? 0.3 : 0.08
            volatility = exp(log(volatility) + speed * (log(target) - log(volatility)) + 0.06 * random.normal())

            let minutes = Double(session.open.seconds.distance(to: session.close.seconds)) / 60
            let steps = max(1, Int(minutes) / 5)
            let sessionFraction = minutes / 375
            let sessionDeviation = volatility * (sessionFraction / 252).squareRoot()
            let drift = regime.drift / 252 * sessionFraction
            var gap = 0.0015 * volatility / gapReferenceVolatility * random.normal()
            let gapDraw = random.uniform()
            let gapSize = random.normal()
            if gapDraw < regime.gapProbability {
                gap += regime.gapMean + 0.008 * volatility / gapReferenceVolatility * gapSize
            }

            var prices = [Double](repeating: 0, count: steps + 1)
            var highs = [Double](repeating: 0, count: steps)
            var lows = [Double](repeating: 0, count: steps)
            var volumes = [Int64](repeating: 0, count: steps)
            prices[0] = level * exp(gap)
            let weights = intradayWeights(steps: steps)
            for step in 0..<steps {
                let deviation = sessionDeviation * (weights[step] / Double(steps)).squareRoot()
                let shock: Double = deviation * random.normal()
                let move: Double = drift / Double(steps) - 0.5 * deviation * deviation + shock
                prices[step + 1] = prices[step] * exp(move)
                let wiggle = abs(random.normal()) * 0.5 * deviation
                highs[step] = max(prices[step], prices[step + 1]) * exp(wiggle)
                lows[step] = min(prices[step], prices[step + 1]) * exp(-abs(random.normal()) * 0.5 * deviation)
            }
            let dayReturn = log(prices[steps] / level)
            let standardised = dayReturn / max(sessionDeviation, 1e-9)
            let activity = (1 + 0.4 * abs(standardised)) * exp(0.2 * random.normal())
            let volumeScale = profile.sessionVolume * sessionFraction * activity
            for step in 0..<steps {
                volumes[step] = Int64(volumeScale * weights[step] / Double(steps))
            }

            // A large down day lifts tomorrow's volatility (leverage effect).
            volatility *= exp(0.08 * max(-standardised - 1, 0))
            let vixClose = (100 * volatility * 1.15 + 2) * exp(0.03 * random.normal())
            let vixOpen = (previousVIX ?? vixClose) * exp(0.015 * random.normal())
            let vixHigh = max(vixOpen, vixClose) * (1 + 0.03 * random.uniform())
            let vixLow = min(vixOpen, vixClose) * (1 - 0.03 * random.uniform())
            previousVIX = vixClose

            let fiiFutures = 2000 * standardised + 2500 * random.normal()
            let fiiCash = 1200 * standardised + 3000 * random.normal() - 250
            usdinr *= exp(0.00014 - 0.06 * dayReturn + 0.0025 * random.normal())

            level = prices[steps]
            days.append(
                SimulatedDay(
                    session: session, prices: prices, highs: highs, lows: lows, volumes: volumes,
                    vixOpen: vixOpen, vixHigh: vixHigh, vixLow: vixLow, vixClose: vixClose,
                    fiiFuturesNet: fiiFutures, fiiCashNet: fiiCash, usdinr: usdinr))
        }
        return days
    }

    /// Relative variance of each step: higher at the open and the close, summing to `steps`.
    static func intradayWeights(steps: Int) -> [Double] {
        let centre = Double(steps - 1) / 2
        var weights = (0..<steps).map { step -> Double in
            let distance = centre > 0 ? (Double(step) - centre) / centre : 0
            return 1 + 1.2 * distance * distance
        }
        let total = weights.reduce(0, +)
        for index in weights.indices { weights[index] *= Double(steps) / total }
        return weights
    }
}

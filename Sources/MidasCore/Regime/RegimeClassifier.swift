/// Labels every bar of a series with its regime: a deterministic state machine with hysteresis.
///
/// At each bar the classifier finds the regime whose condition holds, judging the current
/// regime by its (weaker) exit thresholds and every other by its entry thresholds, in this
/// precedence: high_vol; the current trend if it still holds; trend_up; trend_down; range.
///
/// - high_vol: VIX ≥ `vix_enter`, or its percentile ≥ `vix_percentile_enter`, or realised
///   volatility ≥ `realised_vol_enter`, or |USDINR change| ≥ `usdinr_change_enter`; it holds
///   while any of them is at or above its exit threshold.
/// - trend_up: slope ≥ `slope_enter`, fast average ≥ slow average, and the FII z-score not
///   ≤ −`fii_z_against`; it holds while slope ≥ `slope_exit`. trend_down mirrors it.
/// - range: otherwise.
///
/// A different regime replaces the current one only after its condition has been the
/// candidate for `confirm_bars` consecutive bars (`high_vol_confirm_bars` into high_vol). The
/// first classified bar takes its candidate at once. Bars before the warmup, and bars whose
/// required features (averages, slope, realised volatility, VIX and its percentile) are NaN,
/// are `warmup` and restart the machine. A NaN FII or USDINR value never satisfies a
/// condition: the classifier runs on the rest.
public struct RegimeClassifier: Sendable {
    /// The settings.
    public let settings: RegimeSettings

    /// Creates a classifier.
    public init(settings: RegimeSettings) {
        self.settings = settings
    }

    /// The warmup in trading days: the pipeline's minimum or the features' own, whichever is longer.
    public func warmupDays(minimum: Int) -> Int {
        max(minimum, settings.featureSet.warmupDays)
    }

    /// The regime of every bar of `matrix`, which must hold the columns of `settings.featureSet`.
    public func classify(_ matrix: FeatureMatrix, minimumWarmupDays: Int = 0) -> [Regime] {
        let columns = Columns(matrix: matrix, settings: settings)
        let warmup = warmupDays(minimum: minimumWarmupDays)
        var regimes = [Regime](repeating: .warmup, count: matrix.barCount)
        var current: Regime?
        var pending: Regime?
        var pendingBars = 0
        for bar in 0..<matrix.barCount {
            guard matrix.dayIndexes[bar] >= warmup, let reading = columns.reading(matrix, bar) else {
                current = nil
                pending = nil
                pendingBars = 0
                continue
            }
            let candidate = self.candidate(reading, current: current)
            if let regime = current, candidate != regime {
                if candidate == pending {
                    pendingBars += 1
                } else {
                    pending = candidate
                    pendingBars = 1
                }
                let needed = candidate == .highVol ? settings.highVolConfirmBars : settings.confirmBars
                if pendingBars >= needed {
                    current = candidate
                    pending = nil
                    pendingBars = 0
                }
            } else {
                current = candidate
                pending = nil
                pendingBars = 0
            }
            regimes[bar] = current ?? .warmup
        }
        return regimes
    }

    /// The regime whose condition holds at a reading, given the current regime.
    func candidate(_ reading: Reading, current: Regime?) -> Regime {
        let s = settings
        let usdinrMove = abs(reading.usdinrChange)
        if current == .highVol {
            if reading.vix >= s.vixExit || reading.vixPercentile >= s.vixPercentileExit
                || reading.volatility >= s.volatilityExit || usdinrMove >= s.usdinrChangeExit
            {
                return .highVol
            }
        } else if reading.vix >= s.vixEnter || reading.vixPercentile >= s.vixPercentileEnter
            || reading.volatility >= s.volatilityEnter || usdinrMove >= s.usdinrChangeEnter
        {
            return .highVol
        }
        if current == .trendUp, reading.slope >= s.slopeExit { return .trendUp }
        if current == .trendDown, reading.slope <= -s.slopeExit { return .trendDown }
        if reading.slope >= s.slopeEnter, reading.fastAverage >= reading.slowAverage,
            !(reading.fiiFlowZScore <= -s.fiiAgainst)
        {
            return .trendUp
        }
        if reading.slope <= -s.slopeEnter, reading.fastAverage <= reading.slowAverage,
            !(reading.fiiFlowZScore >= s.fiiAgainst)
        {
            return .trendDown
        }
        return .range
    }

    /// The features of one bar the classifier reads.
    struct Reading {
        var fastAverage: Double
        var slowAverage: Double
        var slope: Double
        var volatility: Double
        var vix: Double
        var vixPercentile: Double
        var fiiFlowZScore: Double
        var usdinrChange: Double
    }

    /// The matrix columns of the classifier's features.
    private struct Columns {
        let fast, slow, slope, volatility, vix, vixPercentile, fii, usdinr: Int

        init(matrix: FeatureMatrix, settings: RegimeSettings) {
            func column(_ feature: Feature) -> Int {
                guard let index = matrix.column(of: feature.key) else {
                    preconditionFailure("the feature matrix lacks \(feature.key)")
                }
                return index
            }
            fast = column(.movingAverage(days: settings.fastAverageDays))
            slow = column(.movingAverage(days: settings.slowAverageDays))
            slope = column(.trendSlope(averageDays: settings.slowAverageDays, overDays: settings.slopeDays))
            volatility = column(.realisedVolatility(days: settings.volatilityDays))
            vix = column(.vix)
            vixPercentile = column(.vixPercentile(days: settings.vixPercentileDays))
            fii = column(.fiiFlowZScore(days: settings.fiiFlowDays))
            usdinr = column(.usdinrChange(days: settings.usdinrDays))
        }

        /// The bar's reading, or `nil` when a required feature is NaN.
        func reading(_ matrix: FeatureMatrix, _ bar: Int) -> Reading? {
            let reading = Reading(
                fastAverage: matrix.value(bar: bar, column: fast), slowAverage: matrix.value(bar: bar, column: slow),
                slope: matrix.value(bar: bar, column: slope),
                volatility: matrix.value(bar: bar, column: volatility), vix: matrix.value(bar: bar, column: vix),
                vixPercentile: matrix.value(bar: bar, column: vixPercentile),
                fiiFlowZScore: matrix.value(bar: bar, column: fii), usdinrChange: matrix.value(bar: bar, column: usdinr)
            )
            let complete =
                !(reading.fastAverage.isNaN || reading.slowAverage.isNaN || reading.slope.isNaN
                || reading.volatility.isNaN || reading.vix.isNaN || reading.vixPercentile.isNaN)
            return complete ? reading : nil
        }
    }
}

/// One bar-level feature, defined once with its parameters, its key and its lookback.
///
/// Windows are in trading days. On intraday bars a window holds the previous completed days
/// and the current day so far (the bar's close stands in for the day's close), so the value at
/// a day's last bar equals the daily-bar value of that day.
public enum Feature: Hashable, Sendable {
    /// Simple moving average of the close over `days` days (`sma_<days>`).
    case movingAverage(days: Int)
    /// Fractional change of the `averageDays` moving average over `overDays` days:
    /// `sma(now) / sma(close of overDays days ago) − 1` (`ma_slope_<averageDays>_<overDays>`).
    case trendSlope(averageDays: Int, overDays: Int)
    /// Annualised realised volatility: sample standard deviation (n − 1) of the last `days`
    /// daily log returns of the close, times √252 (`rv_<days>`).
    case realisedVolatility(days: Int)
    /// The India VIX close in force (`vix`).
    case vix
    /// Percentile rank of the VIX close in force among the last `days` VIX closes, itself
    /// included: the fraction of them at or below it, in (0, 1] (`vix_pct_<days>`).
    case vixPercentile(days: Int)
    /// Z-score of the latest published FII index-futures net flow against the last `days`
    /// published flows, itself included (sample standard deviation) (`fii_z_<days>`).
    case fiiFlowZScore(days: Int)
    /// Fractional change of the USD/INR rate in force over `days` published days (`usdinr_chg_<days>`).
    case usdinrChange(days: Int)
    /// Price range: (highest high − lowest low) over `days` days, divided by the close (`range_<days>`).
    case priceRange(days: Int)

    /// The feature's key: its name and parameters, unique per definition.
    public var key: String {
        switch self {
        case .movingAverage(let days): return "sma_\(days)"
        case .trendSlope(let averageDays, let overDays): return "ma_slope_\(averageDays)_\(overDays)"
        case .realisedVolatility(let days): return "rv_\(days)"
        case .vix: return "vix"
        case .vixPercentile(let days): return "vix_pct_\(days)"
        case .fiiFlowZScore(let days): return "fii_z_\(days)"
        case .usdinrChange(let days): return "usdinr_chg_\(days)"
        case .priceRange(let days): return "range_\(days)"
        }
    }

    /// Trading days of history the feature reads, the bar's own day included. Daily series
    /// (VIX, FII, USDINR) count one extra day for their publication lag.
    public var lookbackDays: Int {
        switch self {
        case .movingAverage(let days): return days
        case .trendSlope(let averageDays, let overDays): return averageDays + overDays
        case .realisedVolatility(let days): return days + 1
        case .vix: return 2
        case .vixPercentile(let days): return days + 1
        case .fiiFlowZScore(let days): return days + 1
        case .usdinrChange(let days): return days + 2
        case .priceRange(let days): return days
        }
    }
}

/// The regime classifier's settings: the pipeline's `regime:` mapping, every key optional.
///
/// ```yaml
/// regime:
///   windows: {fast_ma: 20, slow_ma: 50, slope: 10, realised_vol: 20,
///             vix_percentile: 252, fii_flow: 20, usdinr: 20, range: 20}
///   high_vol: {vix_enter: 22, vix_exit: 18, vix_percentile_enter: 0.9, vix_percentile_exit: 0.75,
///              realised_vol_enter: 0.25, realised_vol_exit: 0.18,
///              usdinr_change_enter: 0.03, usdinr_change_exit: 0.02}
///   trend: {slope_enter: 0.01, slope_exit: 0.004, fii_z_against: 1.5}
///   hysteresis: {confirm_bars: 3, high_vol_confirm_bars: 1}
/// ```
///
/// Windows are in trading days. An exit threshold must not be beyond its entry threshold, so
/// a regime is left at a weaker reading than the one that entered it.
public struct RegimeSettings: Sendable, Equatable {
    /// Fast moving average (`windows.fast_ma`).
    public var fastAverageDays = 20
    /// Slow moving average (`windows.slow_ma`), also the one whose slope is the trend.
    public var slowAverageDays = 50
    /// Days over which the slow average's slope is measured (`windows.slope`).
    public var slopeDays = 10
    /// Realised-volatility window (`windows.realised_vol`).
    public var volatilityDays = 20
    /// VIX percentile window (`windows.vix_percentile`): one year.
    public var vixPercentileDays = 252
    /// FII flow z-score window (`windows.fii_flow`).
    public var fiiFlowDays = 20
    /// USDINR change window (`windows.usdinr`).
    public var usdinrDays = 20
    /// Price-range window (`windows.range`): a snapshot feature for strategies.
    public var rangeDays = 20

    /// VIX level entering high_vol (`high_vol.vix_enter`).
    public var vixEnter = 22.0
    /// VIX level below which high_vol may end (`high_vol.vix_exit`).
    public var vixExit = 18.0
    /// VIX percentile entering high_vol (`high_vol.vix_percentile_enter`).
    public var vixPercentileEnter = 0.9
    /// VIX percentile below which high_vol may end (`high_vol.vix_percentile_exit`).
    public var vixPercentileExit = 0.75
    /// Annualised realised volatility entering high_vol (`high_vol.realised_vol_enter`).
    public var volatilityEnter = 0.25
    /// Realised volatility below which high_vol may end (`high_vol.realised_vol_exit`).
    public var volatilityExit = 0.18
    /// Absolute USDINR change entering high_vol (`high_vol.usdinr_change_enter`).
    public var usdinrChangeEnter = 0.03
    /// Absolute USDINR change below which high_vol may end (`high_vol.usdinr_change_exit`).
    public var usdinrChangeExit = 0.02

    /// Slow-average slope entering a trend, as a magnitude (`trend.slope_enter`).
    public var slopeEnter = 0.01
    /// Slope magnitude below which a trend ends (`trend.slope_exit`).
    public var slopeExit = 0.004
    /// A trend is not entered while the FII flow z-score opposes it by at least this (`trend.fii_z_against`).
    public var fiiAgainst = 1.5

    /// Consecutive bars a new regime's condition must hold before switching (`hysteresis.confirm_bars`).
    public var confirmBars = 3
    /// The same for switching into high_vol (`hysteresis.high_vol_confirm_bars`).
    public var highVolConfirmBars = 1

    /// The defaults.
    public init() {}

    /// Decodes the `regime:` mapping strictly (unknown keys and bad values name their path);
    /// `nil` gives the defaults.
    public init(node: ConfigNode?) throws {
        self.init()
        guard let node else { return }
        try node.requireKeys(in: ["windows", "high_vol", "trend", "hysteresis"])
        if let windows = try node.optional("windows") {
            try decodeWindows(windows)
        }
        if let highVol = try node.optional("high_vol") {
            try decodeHighVol(highVol)
        }
        if let trend = try node.optional("trend") {
            try trend.requireKeys(in: ["slope_enter", "slope_exit", "fii_z_against"])
            slopeEnter = try trend.double("slope_enter", default: slopeEnter, minimum: 0)
            slopeExit = try trend.double("slope_exit", default: slopeExit, minimum: 0)
            fiiAgainst = try trend.double("fii_z_against", default: fiiAgainst, minimum: 0)
            try trend.requireExit("slope_exit", slopeExit, notAbove: slopeEnter)
        }
        if let hysteresis = try node.optional("hysteresis") {
            try hysteresis.requireKeys(in: ["confirm_bars", "high_vol_confirm_bars"])
            confirmBars = try hysteresis.int("confirm_bars", default: confirmBars, minimum: 1)
            highVolConfirmBars = try hysteresis.int("high_vol_confirm_bars", default: highVolConfirmBars, minimum: 1)
        }
    }

    private mutating func decodeWindows(_ node: ConfigNode) throws {
        try node.requireKeys(in: [
            "fast_ma", "slow_ma", "slope", "realised_vol", "vix_percentile", "fii_flow", "usdinr", "range",
        ])
        fastAverageDays = try node.int("fast_ma", default: fastAverageDays, minimum: 1)
        slowAverageDays = try node.int("slow_ma", default: slowAverageDays, minimum: 2)
        slopeDays = try node.int("slope", default: slopeDays, minimum: 1)
        volatilityDays = try node.int("realised_vol", default: volatilityDays, minimum: 2)
        vixPercentileDays = try node.int("vix_percentile", default: vixPercentileDays, minimum: 1)
        fiiFlowDays = try node.int("fii_flow", default: fiiFlowDays, minimum: 2)
        usdinrDays = try node.int("usdinr", default: usdinrDays, minimum: 1)
        rangeDays = try node.int("range", default: rangeDays, minimum: 1)
        guard fastAverageDays < slowAverageDays else {
            let field = try node.optional("fast_ma") ?? node
            throw field.error(
                .badValue, "fast_ma (\(fastAverageDays)) must be shorter than slow_ma (\(slowAverageDays))")
        }
    }

    private mutating func decodeHighVol(_ node: ConfigNode) throws {
        try node.requireKeys(in: [
            "vix_enter", "vix_exit", "vix_percentile_enter", "vix_percentile_exit",
            "realised_vol_enter", "realised_vol_exit", "usdinr_change_enter", "usdinr_change_exit",
        ])
        vixEnter = try node.double("vix_enter", default: vixEnter, minimum: 0)
        vixExit = try node.double("vix_exit", default: vixExit, minimum: 0)
        vixPercentileEnter = try node.double("vix_percentile_enter", default: vixPercentileEnter, minimum: 0)
        vixPercentileExit = try node.double("vix_percentile_exit", default: vixPercentileExit, minimum: 0)
        volatilityEnter = try node.double("realised_vol_enter", default: volatilityEnter, minimum: 0)
        volatilityExit = try node.double("realised_vol_exit", default: volatilityExit, minimum: 0)
        usdinrChangeEnter = try node.double("usdinr_change_enter", default: usdinrChangeEnter, minimum: 0)
        usdinrChangeExit = try node.double("usdinr_change_exit", default: usdinrChangeExit, minimum: 0)
        try node.requireExit("vix_exit", vixExit, notAbove: vixEnter)
        try node.requireExit("vix_percentile_exit", vixPercentileExit, notAbove: vixPercentileEnter)
        try node.requireExit("realised_vol_exit", volatilityExit, notAbove: volatilityEnter)
        try node.requireExit("usdinr_change_exit", usdinrChangeExit, notAbove: usdinrChangeEnter)
    }

    /// The features the classifier reads, in snapshot column order.
    public var featureSet: FeatureSet {
        FeatureSet([
            .movingAverage(days: fastAverageDays), .movingAverage(days: slowAverageDays),
            .trendSlope(averageDays: slowAverageDays, overDays: slopeDays),
            .realisedVolatility(days: volatilityDays), .vix, .vixPercentile(days: vixPercentileDays),
            .fiiFlowZScore(days: fiiFlowDays), .usdinrChange(days: usdinrDays), .priceRange(days: rangeDays),
        ])
    }

    /// Every setting, defaults included, as a configuration tree (for fingerprints and manifests).
    public var configValue: ConfigValue {
        func section(_ pairs: [(String, String)]) -> ConfigValue {
            .map(pairs.map { ConfigEntry(key: $0.0, value: .scalar($0.1)) })
        }
        return .map([
            ConfigEntry(
                key: "windows",
                value: section([
                    ("fast_ma", "\(fastAverageDays)"), ("slow_ma", "\(slowAverageDays)"), ("slope", "\(slopeDays)"),
                    ("realised_vol", "\(volatilityDays)"), ("vix_percentile", "\(vixPercentileDays)"),
                    ("fii_flow", "\(fiiFlowDays)"), ("usdinr", "\(usdinrDays)"), ("range", "\(rangeDays)"),
                ])),
            ConfigEntry(
                key: "high_vol",
                value: section([
                    ("vix_enter", vixEnter.shortestText), ("vix_exit", vixExit.shortestText),
                    ("vix_percentile_enter", vixPercentileEnter.shortestText),
                    ("vix_percentile_exit", vixPercentileExit.shortestText),
                    ("realised_vol_enter", volatilityEnter.shortestText),
                    ("realised_vol_exit", volatilityExit.shortestText),
                    ("usdinr_change_enter", usdinrChangeEnter.shortestText),
                    ("usdinr_change_exit", usdinrChangeExit.shortestText),
                ])),
            ConfigEntry(
                key: "trend",
                value: section([
                    ("slope_enter", slopeEnter.shortestText), ("slope_exit", slopeExit.shortestText),
                    ("fii_z_against", fiiAgainst.shortestText),
                ])),
            ConfigEntry(
                key: "hysteresis",
                value: section([
                    ("confirm_bars", "\(confirmBars)"), ("high_vol_confirm_bars", "\(highVolConfirmBars)"),
                ])),
        ])
    }
}

extension ConfigNode {
    fileprivate func double(_ key: String, default value: Double, minimum: Double) throws -> Double {
        guard let child = try optional(key) else { return value }
        let number = try child.double()
        guard number >= minimum else { throw child.error(.badValue, "\(number) is below \(minimum)") }
        return number
    }

    fileprivate func int(_ key: String, default value: Int, minimum: Int) throws -> Int {
        guard let child = try optional(key) else { return value }
        let number = try child.int()
        guard number >= minimum else { throw child.error(.badValue, "\(number) is below \(minimum)") }
        return number
    }

    fileprivate func requireExit(_ key: String, _ exit: Double, notAbove entry: Double) throws {
        guard exit <= entry else {
            let node = try optional(key) ?? self
            throw node.error(.badValue, "exit threshold \(exit) is above its entry threshold \(entry)")
        }
    }
}

import Testing

@testable import MidasCore

/// One bar's classifier readings (test rows); unspecified values are calm (range) readings.
struct Row: Sendable {
    var fast = 100.0
    var slow = 100.0
    var slope = 0.0
    var volatility = 0.1
    var vix = 14.0
    var vixPercentile = 0.5
    var fii = Double.nan
    var usdinr = Double.nan
}

private func matrix(_ rows: [Row], settings: RegimeSettings = RegimeSettings(), firstDay: Int = 300) -> FeatureMatrix {
    let names = settings.featureSet.names
    var values: [Double] = []
    for row in rows {
        // Column order of RegimeSettings.featureSet: fast, slow, slope, rv, vix, vix_pct, fii_z, usdinr_chg, range.
        values += [
            row.fast, row.slow, row.slope, row.volatility, row.vix, row.vixPercentile, row.fii, row.usdinr, 0.01,
        ]
    }
    return FeatureMatrix(names: names, values: values, dayIndexes: Array(firstDay..<firstDay + rows.count))
}

private func slopes(_ values: [Double]) -> [Row] {
    values.map { Row(fast: $0 < 0 ? 99 : 101, slope: $0) }
}

struct RegimeClassifierTests {
    let classifier = RegimeClassifier(settings: RegimeSettings())

    @Test func featureColumnsAreTheSettingsFeatures() {
        #expect(
            RegimeSettings().featureSet.names == [
                "sma_20", "sma_50", "ma_slope_50_10", "rv_20", "vix", "vix_pct_252", "fii_z_20", "usdinr_chg_20",
                "range_20",
            ])
    }

    @Test func barsBeforeTheWarmupOrWithoutRequiredFeaturesAreWarmup() {
        var rows = Array(repeating: Row(), count: 6)
        rows[4].vix = .nan
        let labels = classifier.classify(matrix(rows, firstDay: 250), minimumWarmupDays: 0)
        #expect(labels == [.warmup, .warmup, .range, .range, .warmup, .range])
        let longer = classifier.classify(
            matrix(Array(repeating: Row(), count: 6), firstDay: 250), minimumWarmupDays: 254)
        #expect(longer == [.warmup, .warmup, .warmup, .warmup, .range, .range])
        #expect(classifier.warmupDays(minimum: 10) == 252)
        #expect(classifier.warmupDays(minimum: 300) == 300)
    }

    @Test func aTrendIsEnteredAfterConfirmationAndLeftBelowTheExitThreshold() {
        // Enter at 0.01 after 3 bars; stay while ≥ 0.004; leave after 3 bars below it.
        let labels = classifier.classify(
            matrix(slopes([0, 0.02, 0.02, 0.02, 0.005, 0.011, 0.005, 0.003, 0.003, 0.003])))
        #expect(
            labels == [.range, .range, .range, .trendUp, .trendUp, .trendUp, .trendUp, .trendUp, .trendUp, .range])
    }

    @Test func noFlappingAroundAThreshold() {
        let oscillating = (0..<12).map { $0 % 2 == 0 ? 0.009 : 0.011 }
        #expect(classifier.classify(matrix(slopes(oscillating))).allSatisfy { $0 == .range })
        let aroundExit = [0.02, 0.003, 0.005, 0.003, 0.003, 0.005, 0.003]
        #expect(classifier.classify(matrix(slopes(aroundExit))).allSatisfy { $0 == .trendUp })
    }

    @Test func highVolTakesPrecedenceAndHasItsOwnExit() {
        var rows = slopes(Array(repeating: 0.02, count: 8))
        rows[1].vix = 30
        rows[2].vix = 20
        rows[3].vix = 17
        rows[4].vix = 17
        rows[5].vix = 17
        rows[6].vix = 17
        let labels = classifier.classify(matrix(rows))
        #expect(labels == [.trendUp, .highVol, .highVol, .highVol, .highVol, .trendUp, .trendUp, .trendUp])
    }

    @Test(arguments: [
        (Row(vixPercentile: 0.95), Regime.highVol),
        (Row(volatility: 0.3), .highVol),
        (Row(usdinr: -0.035), .highVol),
        (Row(fast: 101, slope: 0.02), .trendUp),
        (Row(fast: 99, slope: -0.02), .trendDown),
        (Row(fast: 99, slope: 0.02), .range),
        (Row(fast: 101, slope: 0.02, fii: -2), .range),
        (Row(fast: 99, slope: -0.02, fii: 2), .range),
        (Row(fast: 99, slope: -0.02, fii: -2), .trendDown),
        (Row(), .range),
    ])
    func everyLabelIsReachable(row: Row, regime: Regime) {
        #expect(classifier.classify(matrix([row])) == [regime])
    }

    @Test func switchingIntoHighVolWaitsForItsOwnConfirmation() throws {
        let yaml = ConfigValue.map([
            ConfigEntry(
                key: "hysteresis",
                value: .map([
                    ConfigEntry(key: "confirm_bars", value: .scalar("2")),
                    ConfigEntry(key: "high_vol_confirm_bars", value: .scalar("2")),
                ]))
        ])
        let settings = try RegimeSettings(node: ConfigNode(yaml, file: "p.yaml", path: "regime"))
        var rows = Array(repeating: Row(), count: 4)
        rows[1].vix = 25
        rows[2].vix = 25
        rows[3].vix = 25
        let labels = RegimeClassifier(settings: settings).classify(matrix(rows, settings: settings))
        #expect(labels == [.range, .range, .highVol, .highVol])
    }
}

import Testing

@testable import MidasCore

private func node(_ entries: [(String, [(String, String)])]) -> ConfigNode {
    let value = ConfigValue.map(
        entries.map { section in
            ConfigEntry(key: section.0, value: .map(section.1.map { ConfigEntry(key: $0.0, value: .scalar($0.1)) }))
        })
    return ConfigNode(value, file: "p.yaml", path: "regime")
}

struct RegimeSettingsTests {
    @Test func absentSettingsAreTheDefaults() throws {
        let settings = try RegimeSettings(node: nil)
        #expect(settings == RegimeSettings())
        #expect(settings.slowAverageDays == 50)
        #expect(settings.vixPercentileDays == 252)
        #expect(settings.confirmBars == 3)
    }

    @Test func decodesGivenKeysAndKeepsTheRest() throws {
        let settings = try RegimeSettings(
            node: node([("windows", [("slow_ma", "40"), ("fast_ma", "10")]), ("high_vol", [("vix_enter", "25")])]))
        #expect(settings.slowAverageDays == 40)
        #expect(settings.fastAverageDays == 10)
        #expect(settings.vixEnter == 25)
        #expect(settings.vixExit == 18)
        #expect(settings.featureSet.names.contains("ma_slope_40_10"))
    }

    @Test(arguments: [
        ([("windows", [("slow", "40")])], "regime.windows.slow", InputError.Reason.unknownKey),
        ([("trending", [("a", "1")])], "regime.trending", .unknownKey),
        ([("windows", [("slow_ma", "forty")])], "regime.windows.slow_ma", .badNumber),
        ([("windows", [("fast_ma", "60")])], "regime.windows.fast_ma", .badValue),
        ([("high_vol", [("vix_exit", "30")])], "regime.high_vol.vix_exit", .badValue),
        ([("trend", [("slope_enter", "-0.1")])], "regime.trend.slope_enter", .badValue),
        ([("hysteresis", [("confirm_bars", "0")])], "regime.hysteresis.confirm_bars", .badValue),
    ])
    func badSettingsNameTheirKeyPath(entries: [(String, [(String, String)])], field: String, reason: InputError.Reason)
    {
        #expect {
            try RegimeSettings(node: node(entries))
        } throws: { error in
            let input = error as? InputError
            return input?.field == field && input?.reason == reason
        }
    }

    @Test func theConfigValueDecodesBackToTheSameSettings() throws {
        var settings = RegimeSettings()
        settings.vixEnter = 24.5
        settings.confirmBars = 4
        let decoded = try RegimeSettings(node: ConfigNode(settings.configValue, file: "p.yaml"))
        #expect(decoded == settings)
    }
}

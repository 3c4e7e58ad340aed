import Foundation
import MidasCore
import Testing

@testable import MidasData

private let base = """
    symbol: NIFTY
    timeframe: 1d
    range: {from: 2022-01-03, to: 2025-12-31}
    warmup_days: 60
    regime: {trend: {slope_enter: 0.01, slope_exit: 0.004}}
    context: {rate: 0.065, dividend_yield: 0.012, mark: {max_spread: 0.2}, max_chain_age: 1d}
    execution: {capital: 1000000, fill_at: same_bar}
    variants:
      - id: ic
        strategy: iron_condor
        params: {short_delta: 0.16, wing_width: 200}
        grid: {short_delta: [0.12, 0.20], wing_width: [100, 200]}

    """

private struct Prints: Equatable {
    var artifact, regime, context, run: Fingerprint

    init(_ yaml: String) throws {
        let pipeline = try Pipeline(yaml: yaml, file: "test.yaml")
        artifact = pipeline.artifactSettingsFingerprint
        regime = pipeline.regimeFingerprint
        context = pipeline.contextFingerprint
        run = pipeline.runFingerprint
    }
}

private func edited(_ old: String, _ new: String) -> String {
    precondition(base.contains(old), "the base pipeline has \(old)")
    return base.replacingOccurrences(of: old, with: new)
}

struct PipelineFingerprintTests {
    @Test func canonicalTextSortsKeysAndNormalisesNumbers() {
        let value = ConfigValue.map([
            ConfigEntry(key: "b", value: .scalar("1.0")),
            ConfigEntry(key: "a", value: .list([.scalar("0.20"), .scalar("x \"y\""), .null])),
        ])
        #expect(CanonicalText.of(value) == #"{"a":[0.2,"x \"y\"",null],"b":1}"#)
    }

    @Test(arguments: [
        edited("capital: 1000000", "capital: 2000000"),
        edited("fill_at: same_bar", "fill_at: next_bar"),
        edited("[0.12, 0.20]", "[0.12, 0.16, 0.20]"),
        edited("strategy: iron_condor", "strategy: short_strangle"),
        edited("wing_width: 200}", "wing_width: 200, lots: 2}"),
        edited(
            "grid: {short_delta: [0.12, 0.20], wing_width: [100, 200]}",
            "grid: {wing_width: [100, 200], short_delta: [0.12, 0.20]}"),
    ])
    func executionAndVariantsChangeOnlyTheRunFingerprint(yaml: String) throws {
        let before = try Prints(base)
        let after = try Prints(yaml)
        #expect(after.artifact == before.artifact)
        #expect(after.regime == before.regime)
        #expect(after.context == before.context)
        #expect(after.run != before.run)
    }

    @Test func aRegimeChangeLeavesTheContextFingerprint() throws {
        let before = try Prints(base)
        let after = try Prints(edited("slope_enter: 0.01", "slope_enter: 0.02"))
        #expect(after.regime != before.regime)
        #expect(after.context == before.context)
        #expect(after.artifact != before.artifact)
        #expect(after.run != before.run)
    }

    @Test(arguments: [
        edited("rate: 0.065", "rate: 0.07"), edited("max_chain_age: 1d", "max_chain_age: 2h"),
        edited("max_spread: 0.2", "max_spread: 0.3"),
    ])
    func aContextChangeLeavesTheRegimeFingerprint(yaml: String) throws {
        let before = try Prints(base)
        let after = try Prints(yaml)
        #expect(after.context != before.context)
        #expect(after.regime == before.regime)
        #expect(after.artifact != before.artifact)
    }

    @Test(arguments: [
        edited("warmup_days: 60", "warmup_days: 90"), edited("symbol: NIFTY", "symbol: BANKNIFTY"),
        edited("timeframe: 1d", "timeframe: 15m"), edited("to: 2025-12-31", "to: 2025-12-30"),
    ])
    func theArtifactDependsOnItsOwnKeys(yaml: String) throws {
        #expect(try Prints(yaml).artifact != Prints(base).artifact)
    }

    @Test func layoutCommentsKeyOrderAndNumberSpellingChangeNothing() throws {
        let reordered = """
            # the same pipeline, written differently
            variants:
              - strategy: iron_condor
                id: ic
                grid:
                  short_delta: [0.120, 0.2]
                  wing_width: [1e2, 200.0]
                params: {wing_width: 200, short_delta: 0.160}
            execution: {fill_at: same_bar, capital: 1e6}
            context:
              max_chain_age: 24h      # one day
              mark: {max_spread: 0.20}
              dividend_yield: 0.0120
              rate: 0.065
            regime:
              trend: {slope_exit: 0.004, slope_enter: 0.010}
            warmup_days: 60
            range: {to: 2025-12-31, from: 2022-01-03}
            timeframe: 1d
            symbol: NIFTY
            """
        #expect(try Prints(reordered) == Prints(base))
    }

    @Test func explicitDefaultsEqualAbsentKeys() throws {
        let explicit = edited(
            "regime: {trend: {slope_enter: 0.01, slope_exit: 0.004}}",
            "regime: {trend: {slope_enter: 0.01, slope_exit: 0.004}, hysteresis: {confirm_bars: 3}, windows: {slow_ma: 50}}"
        )
        let absentRegime = edited("regime: {trend: {slope_enter: 0.01, slope_exit: 0.004}}", "regime: {}")
        #expect(try Prints(explicit) == Prints(base))
        #expect(try Prints(absentRegime).regime == Prints(base).regime)
    }

    @Test func paramsOverriddenByTheGridDoNotMatter() throws {
        #expect(try Prints(edited("wing_width: 200}", "wing_width: 300}")) == Prints(base))
    }
}

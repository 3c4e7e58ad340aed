import Foundation
import MidasCore
import MidasData

/// A tiny end-to-end data set for pipeline tests: a few months of generated NIFTY daily data,
/// prepared, and a pipeline with short regime windows so warmup fits in the sample.
struct Scenario {
    let folder: URL
    let raw: URL
    let prepared: URL
    let pipeline: URL

    static let pipelineText = """
        symbol: NIFTY
        timeframe: 1d
        range: {from: 2024-03-01, to: 2024-05-31}
        warmup_days: 10
        regime:
          windows: {fast_ma: 5, slow_ma: 10, slope: 3, realised_vol: 10, vix_percentile: 20,
                    fii_flow: 10, usdinr: 10, range: 10}
        context: {rate: 0.065, dividend_yield: 0.012, max_chain_age: 1d}
        execution:
          capital: 1000000
          fill_at: same_bar
          slippage: {points: 0.5, spread_fraction: 0}
          costs: {brokerage_per_order: 20}
        variants:
          - id: ic
            strategy: iron_condor
            params: {short_delta: 0.16, wing_width: 200, entry_dte: {min: 2, max: 12},
                     allowed_regimes: [range, trend_up, trend_down, high_vol], profit_target: 0.5,
                     stop_loss: 2.0, exit_dte: 1}
            grid: {short_delta: [0.12, 0.2]}
        """

    /// Generates, prepares and writes the pipeline into a fresh temporary folder.
    static func make(seed: UInt64 = 11) throws -> Scenario {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("midas-scenario-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let raw = folder.appendingPathComponent("raw", isDirectory: true)
        let settings = GenerateSettings(
            index: .nifty, from: Day(iso: "2024-01-01")!, to: Day(iso: "2024-05-31")!, seed: seed, strikeBand: 0.05,
            weeklies: 2, monthlies: 1)
        _ = try SyntheticMarket.generate(settings, into: raw)
        let prepared = folder.appendingPathComponent("NIFTY-1d.sqlite")
        _ = try Preparation.run(
            PrepareOptions(
                rawDirectory: raw.path, symbol: "NIFTY", output: prepared.path, timeframe: .daily, isFull: false,
                isLenient: false, jobs: 2))
        let pipeline = folder.appendingPathComponent("pipeline.yaml")
        try Data(pipelineText.utf8).write(to: pipeline)
        return Scenario(folder: folder, raw: raw, prepared: prepared, pipeline: pipeline)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

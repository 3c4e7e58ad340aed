import Foundation
import MidasCore
import MidasData
import Testing

@testable import MidasPipeline

/// NSE's option-chain API snapshot of 24-Mar-2022 15:30 (data/real/nse_api_json/NIFTY.json), prepared
/// and precomputed under NSE's convention (r = 10%, no dividend, marks at the last price): the
/// artifact's IVs reproduce NSE's published ones.
struct NSESnapshotIVTests {
    static let pipelineText = """
        symbol: NIFTY
        timeframe: 1d
        range: {from: 2022-03-24, to: 2022-03-24}
        warmup_days: 60
        context:
          rate: 0.10
          dividend_yield: 0
          mark: {prefer: last, allow_model: false}
          max_chain_age: 1d
        execution: {capital: 1000000}
        variants:
          - id: ic
            strategy: iron_condor
            params: {short_delta: 0.16, wing_width: 200, entry_dte: {min: 5, max: 10},
                     allowed_regimes: [range], profit_target: 0.5, stop_loss: 2.0, exit_dte: 1}
        """

    @Test func artifactIVsMatchNSEPublishedIVs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("midas-nse-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = RealEndOfDayTests.realData
        let symbol = folder.appendingPathComponent("raw/NIFTY")
        try FileManager.default.createDirectory(
            at: symbol.appendingPathComponent("chain"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: real.appendingPathComponent("nse_api_json/NIFTY.json"),
            to: symbol.appendingPathComponent("chain/2022-03-24.json"))
        try FileManager.default.copyItem(
            at: real.appendingPathComponent("history/nifty50.csv"), to: symbol.appendingPathComponent("bars_1d.csv"))
        try FileManager.default.copyItem(
            at: real.appendingPathComponent("history/india_vix.csv"), to: symbol.appendingPathComponent("vix.csv"))
        try Data("vix.csv:\n  close: india_vix\n".utf8).write(to: symbol.appendingPathComponent("columns.yaml"))
        let prepared = folder.appendingPathComponent("NIFTY-1d.sqlite").path
        let summary = try Preparation.run(
            PrepareOptions(
                rawDirectory: folder.appendingPathComponent("raw").path, symbol: "NIFTY", output: prepared,
                timeframe: .daily, isFull: false, isLenient: false, jobs: 2))
        #expect(summary.coverage.quoteCount == 1895)  // CE and PE legs of the 1,121 records
        let files = try PreparedStore(path: prepared).files()
        #expect(files.first { $0.path == "chain/2022-03-24.json" }?.format == "NSE option-chain API")

        let pipeline = folder.appendingPathComponent("pipeline.yaml")
        try Data(Self.pipelineText.utf8).write(to: pipeline)
        let artifact = folder.appendingPathComponent("artifact.sqlite").path
        _ = try PrecomputeStage.execute(
            PrecomputeOptions(preparedPath: prepared, pipelinePath: pipeline.path, outputPath: artifact, jobs: 2))
        let content = try ArtifactReader.load(path: artifact)
        let snapshotDay = Day(iso: "2022-03-24")!
        let compared = content.quotes.filter {
            $0.quote.referenceIV > 0 && $0.quote.expiry != snapshotDay
        }
        let close = compared.filter { abs($0.iv - $0.quote.referenceIV) <= 0.0001 }
        // 678 legs with a published IV and a later expiry; every one within 0.01 vol points.
        #expect(compared.count == 678)
        #expect(Double(close.count) >= 0.99 * Double(compared.count))
        #expect(compared.allSatisfy { $0.markRule == .last })
    }
}

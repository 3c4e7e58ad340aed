import Foundation
import MidasBacktest
import MidasCore
import MidasData
import MidasReport
import Testing

@testable import MidasPipeline

/// Walk-forward runs of the generated scenario (61 trading days, 2024-03-01..2024-05-31).
@Suite(.serialized)
struct WalkForwardRunTests {
    @Test func dynamicAndPrecomputedWalkForwardsAreByteIdentical() async throws {
        let scenario = try Scenario.make(seed: 7)
        defer { scenario.remove() }
        let artifact = scenario.folder.appendingPathComponent("artifact.sqlite")
        _ = try PrecomputeStage.execute(
            PrecomputeOptions(
                preparedPath: scenario.prepared.path, pipelinePath: scenario.pipeline.path, outputPath: artifact.path,
                jobs: 2))
        let walkForward = try WalkForwardOptions(spec: "train=20,test=10", select: "sharpe")
        var outputs: [URL] = []
        var stitched: [VariantResult] = []
        for (name, provider) in [
            ("dynamic", RunOptions.Provider.dynamic(preparedPath: scenario.prepared.path)),
            ("precomputed", .artifact(path: artifact.path, allowStale: false)),
        ] {
            let out = scenario.folder.appendingPathComponent(name)
            let results = try await RunStage.execute(
                RunOptions(
                    provider: provider, pipelinePath: scenario.pipeline.path, outputPath: out.path, jobs: 2,
                    walkForward: walkForward))
            #expect(results.map(\.variant) == ["ic__short_delta=0.12", "ic__short_delta=0.2", "walk_forward"])
            outputs.append(out)
            stitched.append(results[2])
        }
        let comparison = try RunComparison(first: outputs[0], second: outputs[1])
        #expect(comparison.isIdentical, "\(comparison.differences.first?.description ?? "")")
        #expect(comparison.filesCompared == 1 + 3 * RunComparison.variantFiles.count)

        // Windows start at days 0, 10, 20, 30, 40; the last tests day 60 only.
        let result = stitched[0]
        let days = TradingCalendar.nse.tradingDays(from: Day(iso: "2024-03-01")!, to: Day(iso: "2024-05-31")!)
        #expect(days.count == 61)
        #expect(result.equity.count == 41)
        #expect(result.equity.first?.timestamp.istDay == days[20])
        #expect(result.equity.last?.timestamp.istDay == days[60])
        let selects = result.decisions.filter { $0.action == .select }
        try #require(selects.count == 5)
        #expect(selects.map(\.timestamp.istDay) == [days[20], days[30], days[40], days[50], days[60]])
        #expect(selects[0].detail.hasPrefix("window=1 train=\(days[0])..\(days[19]) test=\(days[20])..\(days[29]) "))
        #expect(selects[4].detail.hasPrefix("window=5 train=\(days[40])..\(days[59]) test=\(days[60])..\(days[60]) "))
        #expect(result.trades.map(\.tradeID) == Array(1...result.trades.count))
        #expect(!result.trades.isEmpty, "the walk-forward should trade")
        // Continuous books: every trade is closed, so the final equity is the capital plus every P&L.
        let last = try #require(result.equity.last)
        #expect(abs(last.equity - (result.capital + result.trades.reduce(0) { $0 + $1.pnl })) < 1e-6)
        #expect(result.metrics.finalEquity == last.equity)
        let summary = try String(contentsOf: outputs[1].appendingPathComponent("summary.csv"), encoding: .utf8)
        #expect(summary.split(separator: "\n").last?.hasPrefix("walk_forward,iron_condor,") == true)
    }

    @Test func eachTestPartIsTheVariantChosenOnItsTrainingPart() async throws {
        let scenario = try Scenario.make(seed: 8)
        defer { scenario.remove() }
        let pipeline = try Pipeline.load(path: scenario.pipeline.path)
        let options = RunOptions(
            provider: .dynamic(preparedPath: scenario.prepared.path), pipelinePath: scenario.pipeline.path,
            outputPath: scenario.folder.appendingPathComponent("run").path, jobs: 2)
        let provider = try ContextProvider.open(options, pipeline: pipeline)
        let runner = VariantRunner(pipeline: pipeline, jobs: 2)
        let metric = try SelectionMetric(named: "total_return")
        let days = WalkForwardPlan.tradingDays(of: provider.timeline.windowBars)
        let plan = try WalkForwardPlan(spec: WalkForwardSpec(train: 30, test: 31), tradingDays: days)
        let result = try await WalkForwardRun.run(
            plan, metric: metric, variants: pipeline.variants, runner: runner, provider: provider)
        // One window: days 0..29 train, 30..60 test. Redo it by hand.
        let training = provider.timeline.narrowed(to: days[0]...days[29])!
        let candidates = try await runner.run(pipeline.variants) { try provider.makeSource(training) }
        let returns = candidates.map(\.metrics.totalReturn)
        let chosen = returns[1] > returns[0] ? 1 : 0
        let testing = provider.timeline.narrowed(to: days[30]...days[60])!
        let traded = try await runner.run([pipeline.variants[chosen]]) { try provider.makeSource(testing) }[0]
        #expect(result.equity == traded.equity)
        #expect(result.trades == traded.trades)
        #expect(result.fills == traded.fills)
        #expect(Array(result.decisions.dropFirst()) == traded.decisions)
        #expect(
            result.decisions[0].detail
                == "window=1 train=\(days[0])..\(days[29]) test=\(days[30])..\(days[60]) "
                + "variant=\(pipeline.variants[chosen].id) total_return=\(NumberFormatting.json(returns[chosen]))")
        // The stitched metrics of one part are the engine's own (P&L sums may differ in order only).
        var replayed = result.metrics
        #expect(abs(replayed.avgTradePnl - traded.metrics.avgTradePnl) < 1e-6)
        replayed.avgTradePnl = traded.metrics.avgTradePnl
        for regime in Regime.allCases {
            #expect(abs(replayed.byRegime[regime]!.pnl - traded.metrics.byRegime[regime]!.pnl) < 1e-6)
            replayed.byRegime[regime]!.pnl = traded.metrics.byRegime[regime]!.pnl
        }
        #expect(replayed == traded.metrics)
    }

    @Test func aLaterTestPartStartsFromThePreviousEquity() async throws {
        let scenario = try Scenario.make(seed: 9)
        defer { scenario.remove() }
        let pipeline = try Pipeline.load(path: scenario.pipeline.path)
        let options = RunOptions(
            provider: .dynamic(preparedPath: scenario.prepared.path), pipelinePath: scenario.pipeline.path,
            outputPath: scenario.folder.appendingPathComponent("run").path, jobs: 2)
        let provider = try ContextProvider.open(options, pipeline: pipeline)
        let runner = VariantRunner(pipeline: pipeline, jobs: 2)
        let days = WalkForwardPlan.tradingDays(of: provider.timeline.windowBars)
        let plan = try WalkForwardPlan(spec: WalkForwardSpec(train: 20, test: 21), tradingDays: days)
        let result = try await WalkForwardRun.run(
            plan, metric: SelectionMetric(named: "sharpe"), variants: pipeline.variants, runner: runner,
            provider: provider)
        let boundary = try #require(result.equity.firstIndex { $0.timestamp.istDay == days[41] })
        #expect(boundary == 21)
        // The first part closed everything at its last bar: its equity is all cash, and the second
        // part's first bar starts from that cash.
        let end = result.equity[boundary - 1]
        #expect(end.positionsValue == 0)
        let secondCapital = end.equity
        let firstBarFills = result.fills.filter { $0.timestamp == result.equity[boundary].timestamp }
        let firstBarCash = secondCapital + firstBarFills.reduce(0) { $0 + $1.cashFlow }
        #expect(abs(result.equity[boundary].cash - firstBarCash) < 1e-6)
    }

    @Test func refusesATrainingPartAsLongAsTheWindow() async throws {
        let scenario = try Scenario.make(seed: 10)
        defer { scenario.remove() }
        let error = await #expect(throws: InputError.self) {
            try await RunStage.execute(
                RunOptions(
                    provider: .dynamic(preparedPath: scenario.prepared.path), pipelinePath: scenario.pipeline.path,
                    outputPath: scenario.folder.appendingPathComponent("run").path, jobs: 1,
                    walkForward: WalkForwardOptions(spec: "train=100,test=5", select: "sharpe")))
        }
        #expect(error?.field == "train")
        #expect(!FileManager.default.fileExists(atPath: scenario.folder.appendingPathComponent("run").path))
    }

    @Test func refusesAVariantNamedWalkForward() async throws {
        let scenario = try Scenario.make(seed: 12)
        defer { scenario.remove() }
        let text = Scenario.pipelineText.replacingOccurrences(of: "- id: ic", with: "- id: walk_forward")
            .replacingOccurrences(of: "grid: {short_delta: [0.12, 0.2]}", with: "")
        try Data(text.utf8).write(to: scenario.pipeline)
        let error = await #expect(throws: InputError.self) {
            try await RunStage.execute(
                RunOptions(
                    provider: .dynamic(preparedPath: scenario.prepared.path), pipelinePath: scenario.pipeline.path,
                    outputPath: scenario.folder.appendingPathComponent("run").path, jobs: 1,
                    walkForward: WalkForwardOptions(spec: "train=20,test=10", select: "sharpe")))
        }
        #expect(error?.reason == .duplicate)
        #expect(error?.field == "variants")
    }
}

import Foundation
import MidasBacktest
import MidasCore
import MidasData
import MidasPipeline
import Testing

@Suite(.serialized)
struct DynamicRunTests {
    @Test func runsEveryVariantAndKeepsTheBooks() async throws {
        let scenario = try Scenario.make()
        defer { scenario.remove() }
        let out = scenario.folder.appendingPathComponent("run")
        let results = try await RunStage.execute(
            RunOptions(
                provider: .dynamic(preparedPath: scenario.prepared.path), pipelinePath: scenario.pipeline.path,
                outputPath: out.path, jobs: 2))
        #expect(results.map(\.variant) == ["ic__short_delta=0.12", "ic__short_delta=0.2"])
        let windowDays = TradingCalendar.nse.tradingDays(from: Day(iso: "2024-03-01")!, to: Day(iso: "2024-05-31")!)
        for result in results {
            #expect(result.equity.count == windowDays.count)
            #expect(!result.trades.isEmpty, "the scenario should trade")
            let cashFlows = result.fills.reduce(0) { $0 + $1.cashFlow }
            let last = try #require(result.equity.last)
            // Everything is closed at the end of data (settlements are fills too): equity is cash,
            // and cash moved only by the fills' cash flows and fees.
            #expect(last.positionsValue == 0)
            #expect(abs(last.cash - (result.capital + cashFlows)) < 1e-6)
            let tradePnL = result.trades.reduce(0) { $0 + $1.pnl }
            #expect(abs(tradePnL - (last.equity - result.capital)) < 1e-6)
            for row in result.equity {
                #expect(abs(row.equity - (row.cash + row.positionsValue)) < 1e-6)
            }
        }
        for file in [
            "manifest.json", "summary.csv", "report.html", "ic__short_delta=0.12/equity.csv",
            "ic__short_delta=0.2/trades.csv",
        ] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
    }
}

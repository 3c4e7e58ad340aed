import Foundation
import MidasCore
import MidasData
import MidasPipeline
import MidasReport
import Testing

/// Every built-in strategy, regime switching and margin sizing included, gives byte-identical
/// outputs from the artifact and from the dynamic path.
@Suite(.serialized)
struct StrategyParityTests {
    static let variants = """
        variants:
          - id: strangle
            strategy: short_strangle
            params: {short_delta: 0.16, entry_dte: {min: 2, max: 12}, profit_target: 0.5, stop_loss: 2.0}
          - id: bull_put
            strategy: bull_put_spread
            params: {short_delta: 0.25, wing_width: 200, entry_dte: {min: 2, max: 12}, profit_target: 0.6}
          - id: bear_call
            strategy: bear_call_spread
            params: {short_distance_fraction: 0.01, wing_width: 200, entry_dte: {min: 2, max: 12}, stop_loss: 1.5}
          - id: butterfly
            strategy: iron_butterfly
            params: {wing_width: 300, entry_dte: {min: 2, max: 12}, profit_target: 0.3, exit_dte: 1}
          - id: straddle
            strategy: long_straddle
            params: {entry_dte: {min: 2, max: 12}, profit_target: 0.5, stop_loss: 0.4, exit_dte: 2}
          - id: switching
            strategy: regime_switching
            params:
              map:
                range: {strategy: iron_condor, params: {short_delta: 0.16, wing_width: 200, entry_dte: {min: 2, max: 12}}}
                trend_up: {strategy: bull_put_spread, params: {short_delta: 0.25, wing_width: 200, entry_dte: {min: 2, max: 12}}}
                trend_down: {strategy: bear_call_spread, params: {short_delta: 0.25, wing_width: 200, entry_dte: {min: 2, max: 12}}}
                high_vol: {strategy: short_strangle, params: {short_delta: 0.1, entry_dte: {min: 2, max: 12}}}
        """

    @Test func everyStrategyTradesAndAgreesAcrossPaths() async throws {
        let scenario = try Scenario.make(seed: 7)
        defer { scenario.remove() }
        let head = Scenario.pipelineText.components(separatedBy: "variants:")[0]
        let text = head.replacingOccurrences(
            of: "  costs: {brokerage_per_order: 20}\n",
            with: "  costs: {brokerage_per_order: 20}\n  sizing: {margin_fraction: 0.3}\n")
        #expect(text != head)
        try Data((text + Self.variants).utf8).write(to: scenario.pipeline)
        let (results, dynamicOut, artifactOut) = try await scenario.runBothPaths(artifact: try scenario.precompute())
        #expect(
            results.map(\.strategy) == [
                "short_strangle", "bull_put_spread", "bear_call_spread", "iron_butterfly", "long_straddle",
                "regime_switching",
            ])
        for result in results {
            #expect(!result.trades.isEmpty, "\(result.variant) did not trade")
            #expect(result.fills.contains { $0.quantity > 50 }, "\(result.variant) was not sized by margin")
        }
        let comparison = try RunComparison(first: dynamicOut, second: artifactOut)
        #expect(comparison.isIdentical, "\(comparison.differences.first?.description ?? "")")
    }
}

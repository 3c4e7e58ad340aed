import Foundation
import MidasCore
import Testing

@testable import MidasBacktest

struct AccountingTests {
    static let capital = 1_000_000.0

    func run(_ timing: FillTiming) throws -> VariantResult {
        let parameters = SpreadParameters(
            rules: TradeRules(entryDTE: 3...10, profitTarget: 0.5, stopLoss: 1.5, maxPositions: 2, lots: 2),
            shortStrike: .delta(0.2), wingWidth: 300)
        let settings = ExecutionSettings(
            capital: Self.capital, fillTiming: timing, slippage: SlippageSettings(points: 0.25))
        return try Engine(settings: settings, lotSchedule: TestLots(25)).run(
            variant: "ic", strategy: IronCondor(parameters: parameters), source: SyntheticMarket.source())
    }

    @Test(arguments: FillTiming.allCases)
    func keepsTheAccountingIdentity(timing: FillTiming) throws {
        let result = try run(timing)
        #expect(result.equity.count == 20)
        #expect(result.trades.count >= 3)
        #expect(result.trades.allSatisfy { $0.exitReason != nil })
        // equity = cash + positions value, exactly, at every bar.
        #expect(result.equity.allSatisfy { $0.equity == $0.cash + $0.positionsValue })
        // Each row carries its bar's underlying close: 25,500 + 300 · sin(i / 3).
        #expect(
            result.equity.enumerated().allSatisfy { $0.element.underlying == 25_500 + 300 * sin(Double($0.offset) / 3) }
        )
        // Cash moves exactly by the fills' cash flows (premium and fees), bar by bar.
        var previousCash = Self.capital
        for row in result.equity {
            let flows = result.fills.filter { $0.timestamp == row.timestamp }.map(\.cashFlow).reduce(0, +)
            #expect(isClose(row.cash - previousCash, flows, tolerance: 1e-12))
            previousCash = row.cash
        }
        // Flat at the end: the trades' P&L sums to final equity − capital.
        let final = try #require(result.equity.last)
        #expect(final.positionsValue == 0)
        #expect(isClose(result.trades.map(\.pnl).reduce(0, +), final.equity - Self.capital, tolerance: 1e-12))
        #expect(isClose(result.metrics.totalFees, result.fills.map(\.fees).reduce(0, +)))
        #expect(isClose(result.metrics.totalFees, result.trades.map(\.fees).reduce(0, +)))
        #expect(result.metrics.trades == result.trades.count)
    }

    @Test func isDeterministic() throws {
        let first = try run(.sameBar)
        let second = try run(.sameBar)
        #expect(first.fills == second.fills)
        #expect(first.equity == second.equity)
        #expect(first.trades == second.trades)
        #expect(first.decisions == second.decisions)
    }

    @Test func writesFillsInTimeThenTradeThenLegOrder() throws {
        let fills = try run(.sameBar).fills
        let keys = fills.map { ($0.timestamp.seconds, $0.tradeID, $0.leg) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 })
    }
}

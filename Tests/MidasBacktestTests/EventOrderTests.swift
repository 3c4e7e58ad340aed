import MidasCore
import Testing

@testable import MidasBacktest

struct EventOrderTests {
    static let expiry = "2024-03-14"

    /// Three bars; a short 22000 put priced 100/101, then 90/91, then 80/81; no chain at bar 1
    /// when `gap` is set.
    func source(gap: Bool = false) -> TestSource {
        let prices: [(String, Double)] = [("2024-03-05", 100), ("2024-03-06", 90), ("2024-03-07", 80)]
        let chains: [ChainView?] = prices.enumerated().map { index, entry in
            if gap && index == 1 { return nil }
            let quote = TestMarket.quote(
                entry.0, expiry: Self.expiry, strike: 22_000, .put, bid: entry.1, ask: entry.1 + 1)
            return TestMarket.chain(entry.0, [quote])
        }
        return TestSource(bars: prices.map { TestMarket.bar($0.0, close: 22_100) }, chains: chains)
    }

    let sell = OrderIntent.open(legs: [
        LegOrder(expiry: TestMarket.day(expiry), strike: 22_000, type: .put, side: .sell, lots: 1)
    ])

    func run(_ timing: FillTiming, gap: Bool = false, script: [Int: [OrderIntent]]? = nil) throws -> VariantResult {
        let settings = ExecutionSettings(capital: 100_000, fillTiming: timing, margin: nil)
        return try Engine(settings: settings, lotSchedule: TestLots(50)).run(
            variant: "v", strategy: ScriptedStrategy(script: script ?? [0: [sell]]), source: source(gap: gap))
    }

    @Test func sameBarFillsAgainstTheDecisionBarsChain() throws {
        let result = try run(.sameBar)
        let entry = try #require(result.fills.first)
        #expect(entry.timestamp == TestMarket.close("2024-03-05"))
        #expect(entry.price == 100)
        // Marked at bar 0's mark 100.5: positions −5025 right after the fill.
        #expect(result.equity[0].positionsValue == -5025)
        #expect(
            result.decisions.filter { $0.action == .skip }.map(\.detail) == [
                "saw 0 trades", "saw 1 trades", "saw 1 trades",
            ])
    }

    @Test func nextBarFillsAgainstTheFollowingBarsChainBeforeTheStrategyDecides() throws {
        let result = try run(.nextBar)
        let entry = try #require(result.fills.first)
        #expect(entry.timestamp == TestMarket.close("2024-03-06"))
        #expect(entry.price == 90)
        #expect(result.equity[0].positionsValue == 0)
        #expect(result.equity[0].cash == 100_000)
        #expect(result.equity[1].positionsValue == -4525)
        // The fill at bar 1 precedes the decision at bar 1, which already sees the trade.
        #expect(
            result.decisions.filter { $0.action == .skip }.map(\.detail) == [
                "saw 0 trades", "saw 1 trades", "saw 1 trades",
            ])
        let bar1 = result.decisions.filter { $0.timestamp == TestMarket.close("2024-03-06") }.map(\.action)
        #expect(bar1 == [.filled, .skip])
        // End of data: the last bar closes the trade at the ask, 81.
        #expect(result.fills.last?.reason == .endOfData)
        #expect(result.fills.last?.price == 81)
    }

    @Test func nextBarWithoutAChainInForceDoesNotFillAndSaysWhy() throws {
        let result = try run(.nextBar, gap: true)
        #expect(result.fills.isEmpty)
        let refusal = try #require(result.decisions.first { $0.action == .noFill })
        #expect(refusal.timestamp == TestMarket.close("2024-03-06"))
        #expect(refusal.chainTimestamp == nil)
        #expect(refusal.detail == "-22000PE@2024-03-14 x1: no chain in force")
    }

    @Test func nextBarOrdersAtTheLastBarNeverFill() throws {
        let result = try run(.nextBar, script: [2: [sell]])
        #expect(result.fills.isEmpty)
        #expect(result.decisions.last?.detail == "-22000PE@2024-03-14 x1: end of data before the next bar")
    }

    @Test func carriesTheLastMarkWhenTheChainIsMissing() throws {
        let result = try run(.sameBar, gap: true)
        #expect(result.equity.map(\.positionsValue) == [-5025, -5025, 0])
    }
}

struct MalformedOrderTests {
    @Test func refusesAnOrderWithoutLegsOrLots() throws {
        let source = EventOrderTests().source()
        let zeroLots = LegOrder(expiry: TestMarket.day("2024-03-14"), strike: 22_000, type: .put, side: .sell, lots: 0)
        let strategy = ScriptedStrategy(script: [0: [.open(legs: []), .open(legs: [zeroLots])]])
        let result = try Engine(settings: ExecutionSettings(), lotSchedule: TestLots(50)).run(
            variant: "v", strategy: strategy, source: source)
        #expect(result.fills.isEmpty)
        #expect(result.decisions.filter { $0.action == .noFill }.count == 2)
    }
}

import Testing

@testable import MidasCore

struct IndexSpecTests {
    @Test(arguments: [
        ("NIFTY", 22_450.0, true),
        ("NIFTY", 22_475.0, false),
        ("NIFTY", 22_400.000_000_1, true),
        ("NIFTY", 0.0, false),
        ("BANKNIFTY", 48_100.0, true),
        ("BANKNIFTY", 48_150.0, false),
        ("nifty", 50.0, true),
    ])
    func strikeGrid(symbol: String, strike: Double, onGrid: Bool) throws {
        let index = try #require(IndexSpec.named(symbol))
        #expect(index.isOnGrid(strike) == onGrid)
    }

    @Test func unknownSymbolHasNoSpec() {
        #expect(IndexSpec.named("FINNIFTY") == nil)
    }
}

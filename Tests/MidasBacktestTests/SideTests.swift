import Testing

@testable import MidasBacktest

struct SideTests {
    @Test func writesNSEStyleSidesAndSigns() {
        #expect(Side.buy.rawValue == "BUY")
        #expect(Side.sell.rawValue == "SELL")
        #expect(Side.buy.sign == 1)
        #expect(Side.sell.sign == -1)
    }
}

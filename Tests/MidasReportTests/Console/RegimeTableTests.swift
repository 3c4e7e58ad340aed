import MidasBacktest
import MidasCore
import Testing

@testable import MidasReport

struct RegimeTableTests {
    @Test func listsRegimesWithBarsOrTradesInTheirOrder() {
        var result = VariantOutputTests.result()
        result.metrics.byRegime[.warmup] = Metrics.RegimeActivity(bars: 3, trades: 0, pnl: 0)
        result.metrics.byRegime[.highVol] = Metrics.RegimeActivity(bars: 1, trades: 0, pnl: -0.4)
        #expect(
            RegimeTable.text([result]) == """
                variant               regime    bars  trades   pnl
                ic__short_delta=0.16  warmup       3       0     0
                ic__short_delta=0.16  range        2       1  1235
                ic__short_delta=0.16  high_vol     1       0     0
                """)
    }
}

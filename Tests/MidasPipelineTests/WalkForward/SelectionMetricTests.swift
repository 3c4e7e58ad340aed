import MidasCore
import MidasPipeline
import Testing

struct SelectionMetricTests {
    @Test func higherWinsAndTheFirstOfEqualsIsKept() throws {
        let sharpe = try SelectionMetric(named: "sharpe")
        #expect(sharpe.best(of: [1, 3, 3, 2]) == 1)
        #expect(sharpe.best(of: [-1, -0.5]) == 1)
        #expect(sharpe.best(of: []) == nil)
    }

    @Test func nanNeverWins() throws {
        let sharpe = try SelectionMetric(named: "sharpe")
        #expect(sharpe.best(of: [.nan, 2, .nan, 5]) == 3)
        #expect(sharpe.best(of: [.nan, -7]) == 1)
        #expect(sharpe.best(of: [.nan, .nan]) == 0)
    }

    @Test func shallowerDrawdownWins() throws {
        let drawdown = try SelectionMetric(named: "max_drawdown")
        #expect(drawdown.best(of: [-0.3, -0.1, -0.2, -0.1]) == 1)
    }

    @Test func lowerVolatilityAndFeesWin() throws {
        #expect(try SelectionMetric(named: "annual_volatility").best(of: [0.2, 0.1, .nan, 0.1]) == 1)
        #expect(try SelectionMetric(named: "total_fees").best(of: [300, 200, 250]) == 1)
    }

    @Test func refusesAnUnknownMetric() {
        let error = #expect(throws: InputError.self) { try SelectionMetric(named: "by_regime") }
        #expect(error?.file == "--select")
    }
}

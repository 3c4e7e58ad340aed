import Testing

@testable import MidasCore

@Suite struct SmileTests {
    @Test func recoversAQuadraticSmileExactly() throws {
        // σ(k) = 0.15 − 0.2·k + 0.8·k² at five strikes, unequal weights.
        let points = [-0.1, -0.05, 0, 0.04, 0.09].enumerated().map { index, k in
            Smile.Point(logMoneyness: k, volatility: 0.15 - 0.2 * k + 0.8 * k * k, weight: Double(index + 1))
        }
        let smile = try #require(Smile.fit(points))
        for k in [-0.08, -0.01, 0.03, 0.07] {
            #expect(abs(smile.volatility(logMoneyness: k) - (0.15 - 0.2 * k + 0.8 * k * k)) < 1e-12)
        }
        // Flat beyond the fitted strikes.
        #expect(smile.volatility(logMoneyness: 0.5) == smile.volatility(logMoneyness: 0.09))
    }

    @Test func degradesToALineAndALevel() throws {
        let two = [
            Smile.Point(logMoneyness: -0.02, volatility: 0.16, weight: 1),
            Smile.Point(logMoneyness: 0.02, volatility: 0.14, weight: 1),
        ]
        let line = try #require(Smile.fit(two))
        #expect(abs(line.volatility(logMoneyness: 0) - 0.15) < 1e-15)
        #expect(abs(line.volatility(logMoneyness: 0.01) - 0.145) < 1e-15)
        let one = try #require(Smile.fit([Smile.Point(logMoneyness: 0.01, volatility: 0.2, weight: 3)]))
        #expect(abs(one.volatility(logMoneyness: -0.3) - 0.2) < 1e-15)
        #expect(Smile.fit([]) == nil)
    }

    @Test func concaveFitFallsBackToALine() throws {
        let points = [-0.1, 0, 0.1].map { k in Smile.Point(logMoneyness: k, volatility: 0.2 - 2 * k * k, weight: 1) }
        let smile = try #require(Smile.fit(points))
        #expect(smile.curvature == 0)
        #expect(abs(smile.slope) < 1e-12)
    }
}

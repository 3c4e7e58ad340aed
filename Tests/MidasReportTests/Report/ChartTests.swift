import Testing

@testable import MidasReport

struct ChartTests {
    @Test func mapsAKnownSeriesOntoThePlot() {
        let axis = AxisScale(covering: [1000, 1100, 1200])
        #expect([axis.lower, axis.upper, axis.step] == [1000, 1200, 50])
        #expect(LineChart.polylinePoints([1000, 1100, 1200], axis: axis) == ["80,210 460,110 840,10"])
    }

    @Test func breaksTheLineAtMissingValues() {
        let axis = AxisScale(covering: [0, 10])
        #expect(LineChart.polylinePoints([0, .nan, 10, 5, 5], axis: axis) == ["80,210", "460,10 650,110 840,110"])
    }

    @Test func keepsEachColumnsExtremesOfALongSeries() throws {
        let values = (0..<4000).map { Double($0 % 7) }
        let points = LineChart.polylinePoints(values, axis: AxisScale(covering: [0, 6]))
        let line = try #require(points.first)
        let count = line.split(separator: " ").count
        #expect(count <= 2 * 760)
        #expect(count > 760)
        #expect(line.hasPrefix("80,210 "))
    }

    /// Values, then the expected lower bound, upper bound and step.
    @Test(arguments: [
        ([-0.0312, 0], [-0.04, 0, 0.01]),
        ([5, 5], [4, 6, 0.5]),
        ([980_500, 1_015_200], [980_000, 1_020_000, 10_000]),
    ])
    func choosesRoundTicks(values: [Double], expected: [Double]) {
        let axis = AxisScale(covering: values)
        #expect(abs(axis.lower - expected[0]) < 1e-12)
        #expect(abs(axis.upper - expected[1]) < 1e-12)
        #expect(abs(axis.step - expected[2]) < 1e-12)
    }

    @Test func ticksYearsOverLongRunsAndMonthsOverShortOnes() {
        let long = ["2022-12-30T15:30", "2023-01-02T15:30", "2023-06-01T15:30", "2024-01-01T15:30"]
        #expect(LineChart.dateTicks(long).map(\.text) == ["2023", "2024"])
        #expect(LineChart.dateTicks(long).map(\.index) == [1, 3])
        let short = ["2024-01-30T15:30", "2024-02-01T15:30", "2024-03-01T15:30"]
        #expect(LineChart.dateTicks(short).map(\.text) == ["2024-02", "2024-03"])
    }

    @Test func monthlyReturnsCompoundFromTheStartingCapital() {
        let returns = MonthlyReturns(
            timestamps: ["2023-12-29T15:30", "2024-01-30T15:30", "2024-01-31T15:30", "2024-03-01T15:30"],
            equity: [1_100_000, 1_000_000, 1_210_000, 1_331_000], capital: 1_000_000)
        #expect(returns.years.map(\.year) == [2023, 2024])
        #expect(abs(returns.years[0].months[11] - 0.1) < 1e-12)
        #expect(abs(returns.years[0].total - 0.1) < 1e-12)
        #expect(abs(returns.years[1].months[0] - 0.1) < 1e-12)
        #expect(returns.years[1].months[1].isNaN)
        #expect(abs(returns.years[1].months[2] - 0.1) < 1e-12)
        #expect(abs(returns.years[1].total - 0.21) < 1e-12)
    }
}

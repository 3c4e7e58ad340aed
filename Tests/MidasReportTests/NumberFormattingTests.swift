import Testing

@testable import MidasReport

struct NumberFormattingTests {
    @Test(arguments: [
        (0.1, "0.1"), (100.0, "100"), (-0.0, "0"), (0.0, "0"), (1e-5, "1e-05"), (-2.5, "-2.5"),
        (1_234_567.0, "1234567"),
        (0.30000000000000004, "0.30000000000000004"),
    ])
    func writesShortestRoundTrip(value: Double, text: String) {
        #expect(NumberFormatting.csv(value) == text)
        #expect(Double(NumberFormatting.csv(value)) == value)
    }

    @Test(arguments: [Double.nan, Double.infinity, -Double.infinity])
    func writesNonFiniteAsMissing(value: Double) {
        #expect(NumberFormatting.csv(value) == "")
        #expect(NumberFormatting.json(value) == "null")
    }
}

import Testing

@testable import MidasReport

struct ToleranceTests {
    @Test(arguments: [
        ("101.25", "101.25", true),
        ("1", "1.0", true),
        ("0", "-0", true),
        ("1e5", "100000", true),
        ("101.25", "101.25000000000001", false),
        ("", "", true),
        ("", "0", false),
        ("entry", "Entry", false),
        ("nan", "nan", true),
    ])
    func exactComparison(first: String, second: String, isEqual: Bool) {
        #expect(Tolerance.exact.matches(first, second) == isEqual)
    }

    @Test func scalesByTheLargerMagnitudeButAtLeastOne() {
        let tolerance = Tolerance(relative: 1e-9)
        #expect(tolerance.matches(0, 1e-9))
        #expect(!tolerance.matches(0, 1.1e-9))
        #expect(tolerance.matches(1000, 1000 + 1e-6))
        #expect(!tolerance.matches(1000, 1000 + 2e-6))
        #expect(!tolerance.matches("entry", "exit"))
        #expect(!tolerance.matches("", "0"))
    }
}

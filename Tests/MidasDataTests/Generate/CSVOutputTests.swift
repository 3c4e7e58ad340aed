import Testing

@testable import MidasData

struct CSVOutputTests {
    @Test(arguments: [
        (Int64(2105), 2, "21.05"),
        (2150, 2, "21.5"),
        (2100, 2, "21"),
        (5, 2, "0.05"),
        (0, 2, "0"),
        (-1, 2, "-0.01"),
        (-157_497, 2, "-1574.97"),
        (835_960, 4, "83.596"),
        (1_234_567_890_123, 0, "1234567890123"),
    ])
    func writesCompactFixedPointNumbers(units: Int64, decimals: Int, text: String) {
        var output = CSVOutput(header: "x")
        output.fixed(units: units, decimals: decimals)
        output.endRow()
        #expect(String(decoding: output.bytes, as: UTF8.self) == "x\n\(text)\n")
        #expect(output.rows == 1)
    }

    @Test(arguments: [(20_514.064_9, "20514.06"), (-0.004, "0"), (0.125, "0.13"), (99.999, "100")])
    func roundsDecimalsToTwoPlaces(value: Double, text: String) {
        var output = CSVOutput(header: "x")
        output.decimal(value, decimals: 2)
        #expect(String(decoding: output.bytes.dropFirst(2), as: UTF8.self) == text)
    }
}

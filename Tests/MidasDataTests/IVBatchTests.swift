import Foundation
import MidasCore
import Testing

@testable import MidasData

@Suite struct IVBatchTests {
    /// Six legs of NSE's 24-Mar-2022 15:30 NIFTY snapshot (underlying 17,222.75) with NSE's
    /// published IV in an extra column, which passes through to the output.
    static let nse = """
        underlying,strike,option_type,expiry,at,price,rate,nse_iv
        17222.75,17200,CE,2022-03-31,2022-03-24T15:30:00+05:30,218.6,0.1,19.94
        17222.75,17200,PE,2022-03-31,2022-03-24T15:30:00+05:30,200.7,0.1,23.95
        17222.75,16000,PE,2022-03-31,2022-03-24T15:30:00+05:30,9.75,0.1,30.21
        17222.75,18500,CE,2022-03-31,2022-03-24T15:30:00+05:30,2.15,0.1,22.1
        17222.75,16000,CE,2022-04-28,2022-03-24T15:30:00+05:30,1396,0.1,16.9
        17222.75,18500,PE,2022-04-28,2022-03-24T15:30:00+05:30,1310,0.1,27.69

        """

    static func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func reproducesNSEPublishedVolatilities() throws {
        let output = Self.rows(try IVBatch.run(Data(Self.nse.utf8), file: "nse.csv"))
        #expect(output[0] == IVBatch.requiredColumns + ["nse_iv"] + IVBatch.outputColumns)
        #expect(output.count == 7)
        for row in output.dropFirst() {
            #expect(row[13] == "ok")
            let iv = try #require(Double(row[8]))
            let published = try #require(Double(row[7]))
            #expect(abs(100 * iv - published) < 0.01, "\(row)")
        }
        // The 17,200 call: delta between 0 and 1, gamma and vega positive, theta negative.
        let call = output[1].compactMap(Double.init)
        #expect(call.count == 10)
        #expect(output[1][9].hasPrefix("0.5"))
        #expect(try #require(Double(output[1][10])) > 0)
        #expect(try #require(Double(output[1][11])) < 0)
    }

    @Test func statusesForPricesWithoutAVolatility() throws {
        let input = """
            underlying,strike,option_type,expiry,at,price,rate,dividend_yield,forward
            100,90,CE,2024-03-28,2024-03-01,5,0.07,,
            100,90,CE,2024-03-28,2024-03-01,,0.07,0,
            100,90,CE,2024-03-28,2024-03-01,120,0.07,0,
            100,90,PE,2024-03-28,2024-03-28T15:45:00+05:30,1,0.07,0,
            100,110,PE,2024-03-28,2024-03-01,10.5,0.07,0.01,100.5

            """
        let output = Self.rows(try IVBatch.run(Data(input.utf8), file: "s.csv"))
        #expect(
            output.map { $0.last! } == ["status", "below_intrinsic", "no_price", "above_upper_bound", "expired", "ok"])
        #expect(output[1][9] == "" && output[1][10] == "")
    }

    @Test(arguments: [
        ("100,90,XE,2024-03-28,2024-03-01,5,0.07", InputError.Reason.badOptionType, "option_type"),
        ("100,90,CE,2024-03-32,2024-03-01,5,0.07", .badDate, "expiry"),
        ("100,90,CE,2024-03-28,2024-03-01T10:00,5,0.07", .badDate, "at"),
        ("abc,90,CE,2024-03-28,2024-03-01,5,0.07", .badNumber, "underlying"),
        ("100,-90,CE,2024-03-28,2024-03-01,5,0.07", .nonPositivePrice, "strike"),
        ("100,90,CE,2024-03-28,2024-03-01,-5,0.07", .nonPositivePrice, "price"),
        ("100,90,CE,2024-03-28,2024-03-01,5,nan", .notFinite, "rate"),
        ("100,90,CE,2024-02-28,2024-03-01,5,0.07", .expiryBeforeQuote, "expiry"),
    ])
    func badRowsNameLineAndField(row: String, reason: InputError.Reason, field: String) {
        let input =
            "underlying,strike,option_type,expiry,at,price,rate\n100,90,CE,2024-03-28,2024-03-01,12,0.07\n\(row)\n"
        do {
            _ = try IVBatch.run(Data(input.utf8), file: "bad.csv")
            Issue.record("accepted \(row)")
        } catch let error as InputError {
            #expect(error.reason == reason)
            #expect(error.file == "bad.csv" && error.line == 3 && error.field == field)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func missingColumnAndTruncatedLine() {
        #expect(
            throws: InputError(
                .missingColumn, file: "m.csv", line: 1, field: "rate",
                detail: "the header has underlying,strike,option_type,expiry,at,price")
        ) {
            try IVBatch.run(Data("underlying,strike,option_type,expiry,at,price\n".utf8), file: "m.csv")
        }
        let truncated = "underlying,strike,option_type,expiry,at,price,rate\n100,90,CE,2024-03-28"
        do {
            _ = try IVBatch.run(Data(truncated.utf8), file: "t.csv")
            Issue.record("accepted a truncated line")
        } catch let error as InputError {
            #expect(error.reason == .truncatedLine && error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

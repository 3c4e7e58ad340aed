import Foundation
import Testing

@testable import MidasCore

struct LotScheduleTests {
    let nifty = LotSchedule.standard(for: .nifty)
    let bankNifty = LotSchedule.standard(for: .bankNifty)

    @Test(arguments: [
        // symbol, expiry, trade date, lot
        ("NIFTY", "2019-03-28", "2019-03-01", 75),
        ("NIFTY", "2021-07-22", "2021-07-01", 75),  // last weekly at 75
        ("NIFTY", "2021-07-29", "2021-07-01", 50),  // Jul-2021 monthly at 50
        ("NIFTY", "2021-08-05", "2021-07-30", 50),  // Aug-2021 weeklies at 50
        ("NIFTY", "2024-05-30", "2024-04-25", 50),  // before the re-lot
        ("NIFTY", "2024-05-30", "2024-04-26", 25),  // every live contract re-lotted 50 → 25
        ("NIFTY", "2024-06-27", "2024-04-26", 25),
        ("NIFTY", "2024-12-19", "2024-12-02", 25),  // last weekly at 25
        ("NIFTY", "2024-12-26", "2024-12-02", 25),  // Dec-2024 monthly
        ("NIFTY", "2025-01-02", "2024-12-02", 75),  // first weekly at 75
        ("NIFTY", "2025-01-30", "2025-01-02", 25),  // Jan-2025 monthly listed earlier
        ("NIFTY", "2025-02-27", "2025-01-02", 75),  // Feb-2025 monthly
        ("NIFTY", "2025-12-30", "2025-12-01", 75),
        ("NIFTY", "2026-01-06", "2025-12-01", 65),  // Jan-2026 expiries on
        ("BANKNIFTY", "2019-03-28", "2019-03-01", 20),
        ("BANKNIFTY", "2020-07-23", "2020-07-01", 20),
        ("BANKNIFTY", "2020-07-30", "2020-07-01", 25),  // expiries from 2020-07-30
        ("BANKNIFTY", "2023-07-20", "2023-07-03", 25),
        ("BANKNIFTY", "2023-07-27", "2023-07-03", 15),  // Jul-2023 monthly
        ("BANKNIFTY", "2023-08-03", "2023-07-28", 15),  // Aug-2023 weeklies
        ("BANKNIFTY", "2024-05-29", "2024-04-26", 15),  // unchanged on 2024-04-26
        ("BANKNIFTY", "2025-01-30", "2025-01-02", 15),  // Jan-2025 monthly at 15
        ("BANKNIFTY", "2025-02-27", "2025-01-02", 30),  // Feb-2025 monthly at 30
        ("BANKNIFTY", "2025-06-26", "2025-06-02", 30),
        ("BANKNIFTY", "2025-07-31", "2025-06-02", 35),  // from the 2025-07-31 monthly
        ("BANKNIFTY", "2025-12-30", "2025-12-01", 35),
        ("BANKNIFTY", "2026-01-27", "2025-12-01", 30),  // Jan-2026 expiries on
    ])
    func lotOfAContract(symbol: String, expiry: String, tradeDate: String, lot: Int) throws {
        let schedule = symbol == "NIFTY" ? nifty : bankNifty
        let size = schedule.lotSize(expiry: try day(expiry), on: try day(tradeDate))
        #expect(size == lot)
    }

    @Test func twoExpiriesCarryDifferentLotsOnOneDate() throws {
        let day = try day("2024-12-23")
        let live = nifty.expiries.expiries(listedOn: day, weeklies: 2, monthlies: 2)
        #expect(live.map(\.description) == ["2024-12-26", "2025-01-02", "2025-01-30"])
        #expect(live.map { nifty.lotSize(expiry: $0, on: day) } == [25, 75, 25])
    }

    @Test(arguments: [
        ("NIFTY,75,,,\nNIFTY,30,2024-04-26,,\n", 3, "lot", "30 does not divide 75: not a re-lot"),
        ("NIFTY,75,,,\nNIFTY,25,,2024-05-02,2024-05-30\n", 3, "lot", "25 divides 75: the exchange re-lots (relot_on)"),
        (
            "NIFTY,75,,,\nNIFTY,50,,2021-08-05,\n", 3, "first_monthly_expiry",
            "a change needs relot_on or both first expiries"
        ),
        ("NIFTY,0,,,\n", 2, "lot", "'0'"),
    ])
    func badLotFileIsRejected(rows: String, line: Int, field: String, detail: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        let reason: InputError.Reason = field == "lot" && detail.hasPrefix("'") ? .badNumber : .badValue
        try ("symbol,lot,relot_on,first_weekly_expiry,first_monthly_expiry\n" + rows).write(
            to: file, atomically: true, encoding: .utf8)
        #expect(throws: InputError(reason, file: file.path, line: line, field: field, detail: detail)) {
            try LotSchedule(index: .nifty, lotsFile: file, expiries: .standard(for: .nifty))
        }
    }
}

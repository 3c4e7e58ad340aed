import Foundation
import Testing

@testable import MidasCore

struct ExpiryScheduleTests {
    let nifty = ExpirySchedule.standard(for: .nifty)
    let bankNifty = ExpirySchedule.standard(for: .bankNifty)

    func schedule(_ symbol: String) -> ExpirySchedule { symbol == "NIFTY" ? nifty : bankNifty }

    @Test(arguments: [
        // symbol, trade date, weeklies, monthlies, live expiries
        ("NIFTY", "2025-08-25", 4, 3, "2025-08-28 2025-09-02 2025-09-09 2025-09-16 2025-09-30 2025-10-28"),
        ("NIFTY", "2021-11-01", 2, 1, "2021-11-03 2021-11-11 2021-11-25"),  // Muhurat Thursday → Wednesday
        ("NIFTY", "2024-08-12", 2, 1, "2024-08-14 2024-08-22 2024-08-29"),  // Independence Day → Wednesday
        ("NIFTY", "2025-10-20", 1, 1, "2025-10-20 2025-10-28"),  // Muhurat Tuesday → Monday
        ("BANKNIFTY", "2023-09-04", 4, 1, "2023-09-06 2023-09-13 2023-09-20 2023-09-28"),
        ("BANKNIFTY", "2024-11-11", 4, 2, "2024-11-13 2024-11-27 2024-12-24"),  // last weekly 2024-11-13
        ("BANKNIFTY", "2024-11-14", 4, 2, "2024-11-27 2024-12-24"),
    ])
    func liveContracts(symbol: String, date: String, weeklies: Int, monthlies: Int, expected: String) throws {
        let day = try day(date)
        let live = schedule(symbol).expiries(listedOn: day, weeklies: weeklies, monthlies: monthlies)
        #expect(live.map(\.description).joined(separator: " ") == expected)
    }

    @Test(arguments: [
        ("NIFTY", 2023, 3, "2023-03-29"),  // last Thursday is a holiday
        ("NIFTY", 2024, 12, "2024-12-26"),
        ("NIFTY", 2025, 8, "2025-08-28"),  // last Thursday monthly
        ("NIFTY", 2025, 9, "2025-09-30"),  // first Tuesday monthly
        ("BANKNIFTY", 2023, 8, "2023-08-31"),
        ("BANKNIFTY", 2024, 2, "2024-02-29"),  // still Thursday while weeklies are on Wednesday
        ("BANKNIFTY", 2024, 3, "2024-03-27"),  // last Wednesday from 2024-03
        ("BANKNIFTY", 2024, 12, "2024-12-24"),  // last Wednesday is Christmas
        ("BANKNIFTY", 2025, 1, "2025-01-30"),  // last Thursday again from 2025-01
        ("BANKNIFTY", 2025, 8, "2025-08-28"),
        ("BANKNIFTY", 2025, 9, "2025-09-30"),  // last Tuesday from 2025-09
    ])
    func monthlyExpiries(symbol: String, year: Int, month: Int, expected: String) {
        #expect(schedule(symbol).monthlyExpiry(year: year, month: month)?.description == expected)
    }

    @Test(arguments: [
        ("NIFTY", "2025-08-21", "2025-08-21"),
        ("NIFTY", "2025-08-22", "2025-08-28"),  // last Thursday weekly
        ("NIFTY", "2025-08-29", "2025-09-02"),  // first Tuesday weekly
        ("NIFTY", "2024-08-15", "2024-08-22"),  // the week's expiry moved to 08-14
        ("BANKNIFTY", "2023-08-25", "2023-08-31"),  // Thursday weekly
        ("BANKNIFTY", "2023-09-01", "2023-09-06"),  // first Wednesday weekly
        ("BANKNIFTY", "2023-09-21", "2023-09-28"),  // monthly week: no Wednesday weekly
        ("BANKNIFTY", "2024-11-14", "2024-11-27"),  // weeklies discontinued
    ])
    func nextExpiry(symbol: String, date: String, expected: String) throws {
        #expect(schedule(symbol).nextExpiry(onOrAfter: try day(date))?.description == expected)
    }

    @Test(arguments: [
        ("NIFTY", "2025-08-28", true),
        ("NIFTY", "2025-08-21", false),
        ("NIFTY", "2025-09-30", true),
        ("NIFTY", "2025-09-23", false),
        ("NIFTY", "2023-03-29", true),
        ("BANKNIFTY", "2024-02-29", true),
        ("BANKNIFTY", "2024-02-28", false),
    ])
    func monthlyDetection(symbol: String, date: String, monthly: Bool) throws {
        #expect(schedule(symbol).isMonthly(try day(date)) == monthly)
    }

    @Test func weeklySeriesThroughTheWeekdayChange() throws {
        let start = try day("2025-08-11")
        let weeks = nifty.weeklyExpiries(onOrAfter: start, count: 6)
        #expect(
            weeks.map(\.description) == [
                "2025-08-14", "2025-08-21", "2025-08-28", "2025-09-02", "2025-09-09", "2025-09-16",
            ])
    }

    @Test func explicitRulesBuildASchedule() throws {
        let rules = [
            ExpiryRule(series: .weekly, from: try day("2030-01-01"), weekday: 1),
            ExpiryRule(series: .monthly, from: try day("2030-01-01"), weekday: 5),
        ]
        let custom = ExpirySchedule(symbol: "TEST", rules: rules, calendar: TradingCalendar(holidays: []))
        let live = custom.expiries(listedOn: try day("2030-01-02"), weeklies: 2, monthlies: 1)
        // Mondays 01-07 and 01-14; the monthly is the last Friday, and the week of 01-28
        // holds it instead of a Monday weekly.
        #expect(live.map(\.description) == ["2030-01-07", "2030-01-14", "2030-01-25"])
        #expect(custom.weeklyExpiry(inWeekOf: try day("2030-01-23"))?.description == "2030-01-25")
    }

    @Test func badRuleFileNamesLineAndField() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try "symbol,series,from,weekday\nNIFTY,weekly,2019-02-11,THURSDAY\n".write(
            to: file, atomically: true, encoding: .utf8)
        #expect(
            throws: InputError(
                .badValue, file: file.path, line: 2, field: "weekday", detail: "'THURSDAY', want MON…SUN or none")
        ) {
            try ExpirySchedule(index: .nifty, rulesFile: file, calendar: .nse)
        }
    }
}

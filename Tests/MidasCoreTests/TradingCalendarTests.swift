import Foundation
import Testing

@testable import MidasCore

struct TradingCalendarTests {
    let calendar = TradingCalendar.nse

    @Test(arguments: [
        ("2024-03-01", true),  // Friday
        ("2024-03-03", false),  // Sunday
        ("2024-01-26", false),  // Republic Day (Friday)
        ("2024-01-22", false),  // declared holiday (Monday)
        ("2024-01-20", true),  // special Saturday session
        ("2025-02-01", true),  // Union Budget Saturday
        ("2025-02-08", false),  // ordinary Saturday
        ("2021-11-04", true),  // Diwali Muhurat evening
        ("2021-11-05", false),  // Diwali Balipratipada holiday
        ("2025-10-21", true),  // Muhurat on a Tuesday
    ])
    func tradingDays(date: String, trades: Bool) throws {
        #expect(calendar.isTradingDay(try day(date)) == trades)
    }

    @Test(arguments: [
        ("2024-03-01", true),
        ("2021-11-04", false),  // Muhurat counts as a holiday for expiries
        ("2025-10-21", false),
        ("2025-02-01", false),  // weekend session
        ("2024-08-15", false),  // Independence Day
        ("2024-08-14", true),
    ])
    func expiryEligibleDays(date: String, eligible: Bool) throws {
        #expect(calendar.isExpiryEligible(try day(date)) == eligible)
    }

    @Test(arguments: [
        ("2024-01-23", "2024-01-20"),  // Monday holiday, Saturday session before it
        ("2021-11-08", "2021-11-04"),  // weekend, Friday holiday, Thursday Muhurat
        ("2024-03-04", "2024-03-02"),  // Saturday drill session
        ("2024-03-05", "2024-03-04"),
    ])
    func previousTradingDay(date: String, previous: String) throws {
        #expect(calendar.previousTradingDay(before: try day(date)) == Day(iso: previous))
    }

    @Test func tradingDaysInARangeSkipHolidaysAndWeekends() throws {
        let days = calendar.tradingDays(from: try day("2024-01-18"), to: try day("2024-01-29"))
        #expect(
            days.map(\.description) == [
                "2024-01-18", "2024-01-19", "2024-01-20", "2024-01-23", "2024-01-24",
                "2024-01-25", "2024-01-29",
            ])
        #expect(calendar.tradingDays(from: try day("2024-01-29"), to: try day("2024-01-18")).isEmpty)
    }

    @Test func countsTradingDaysOfAYear() throws {
        let days = calendar.tradingDays(from: try day("2023-01-01"), to: try day("2023-12-31"))
        #expect(days.count == 260 - 15)  // 260 weekdays, 15 weekday holidays, no special sessions
    }

    @Test(arguments: [
        ("2024-03-01", "2024-03-01T09:15:00+05:30", "2024-03-01T15:30:00+05:30"),
        ("2021-11-04", "2021-11-04T18:15:00+05:30", "2021-11-04T19:15:00+05:30"),
        ("2025-10-21", "2025-10-21T13:45:00+05:30", "2025-10-21T14:45:00+05:30"),
        ("2024-03-02", "2024-03-02T09:15:00+05:30", "2024-03-02T12:30:00+05:30"),
    ])
    func sessionTimes(date: String, open: String, close: String) throws {
        let session = try #require(calendar.session(on: try day(date)))
        #expect(session.open.description == open)
        #expect(session.close.description == close)
    }

    @Test func noSessionOnAHoliday() throws {
        #expect(calendar.session(on: try day("2024-01-26")) == nil)
    }

    @Test func expiryDueOnAHolidayMovesEarlier() throws {
        #expect(calendar.expiryDay(due: try day("2021-11-04")) == Day(iso: "2021-11-03"))
        #expect(calendar.expiryDay(due: try day("2024-03-05")) == Day(iso: "2024-03-05"))
    }

    @Test func explicitListsBuildACalendar() throws {
        let friday = try day("2024-03-01")
        let saturday = friday.adding(days: 1)
        let custom = TradingCalendar(
            holidays: [friday],
            specialSessions: [SpecialSession(day: saturday, kind: .special, openSecond: 36_000, closeSecond: 39_600)])
        #expect(!custom.isTradingDay(friday))
        #expect(custom.isTradingDay(saturday))
        #expect(!custom.isExpiryEligible(saturday))
        #expect(custom.previousTradingDay(before: saturday.adding(days: 2)) == saturday)
        #expect(custom.session(on: saturday)?.open.description == "2024-03-02T10:00:00+05:30")
    }

    @Test func userFilesBuildACalendar() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let holidays = folder.appendingPathComponent("holidays.csv")
        let sessions = folder.appendingPathComponent("sessions.csv")
        try "date\r\n2030-01-01\r\n".write(to: holidays, atomically: true, encoding: .utf8)
        try "date,kind,open,close\n2030-01-05,special,09:15,15:30\n".write(
            to: sessions, atomically: true, encoding: .utf8)
        let custom = try TradingCalendar(holidaysFile: holidays, specialSessionsFile: sessions)
        #expect(!custom.isTradingDay(try day("2030-01-01")))
        #expect(custom.isTradingDay(try day("2030-01-05")))
    }

    @Test func badSessionRowNamesFileLineAndField() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let holidays = folder.appendingPathComponent("holidays.csv")
        let sessions = folder.appendingPathComponent("sessions.csv")
        try "date\n".write(to: holidays, atomically: true, encoding: .utf8)
        try "date,kind,open,close\n2030-01-05,special,09:15,15:30\n2030-01-06,party,09:15,15:30\n".write(
            to: sessions, atomically: true, encoding: .utf8)
        #expect(
            throws: InputError(
                .badValue, file: sessions.path, line: 3, field: "kind", detail: "'party', want muhurat or special")
        ) {
            try TradingCalendar(holidaysFile: holidays, specialSessionsFile: sessions)
        }
    }
}

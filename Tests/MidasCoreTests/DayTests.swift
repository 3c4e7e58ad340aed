import Testing

@testable import MidasCore

struct DayTests {
    @Test(arguments: [
        ("1970-01-01", Int32(0), 4),
        ("2000-02-29", Int32(11_016), 2),
        ("2024-03-01", Int32(19_783), 5),
        ("2025-09-02", Int32(20_333), 2),
        ("1969-12-31", Int32(-1), 3),
    ])
    func parsesAndPrintsISODates(text: String, days: Int32, weekday: Int) throws {
        let day = try #require(Day(iso: text))
        #expect(day.daysSinceEpoch == days)
        #expect(day.description == text)
        #expect(day.weekday == weekday)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-1-01", "20240101", "2024-01-0x", ""])
    func rejectsInvalidDates(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func roundTripsEveryDayOverFourCenturies() {
        var day = Day(year: 1800, month: 1, day: 1)!
        let end = Day(year: 2200, month: 12, day: 31)!
        while day <= end {
            let (y, m, d) = day.components
            #expect(Day(year: y, month: m, day: d) == day)
            day = day.adding(days: 1)
        }
    }

    @Test func timestampConvertsToIST() {
        let close = Timestamp(day: Day(iso: "2024-03-01")!, hour: 15, minute: 30)
        #expect(close.seconds == 1_709_287_200)
        #expect(close.istDay == Day(iso: "2024-03-01"))
        #expect(close.istSecondOfDay == 15 * 3600 + 30 * 60)
        #expect(close.description == "2024-03-01T15:30:00+05:30")
        let earlyMorning = Timestamp(day: Day(iso: "2024-03-01")!, hour: 2, minute: 0)
        #expect(earlyMorning.istDay == Day(iso: "2024-03-01"))
    }
}

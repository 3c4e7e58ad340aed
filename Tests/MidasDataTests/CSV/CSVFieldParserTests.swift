import MidasCore
import Testing

@testable import MidasData

struct CSVFieldParserTests {
    @Test(arguments: [
        ("0", 0.0), ("42", 42), ("-1.5", -1.5), ("+2.25", 2.25), ("105.05", 105.05), (".5", 0.5), ("5.", 5),
        ("1e3", 1000), ("2.5E-2", 0.025), ("0.0001", 0.0001), ("  7.5 ", 7.5), ("22000", 22000),
        ("0.1", 0.1), ("123456.789", 123456.789), ("12345678901234567890123", 1.2345678901234568e22),
        ("0.30000000000000004", 0.30000000000000004), ("1.7976931348623157e308", 1.7976931348623157e308),
        ("000123.4500", 123.45),
    ])
    func plainNumbers(text: String, value: Double) {
        #expect(withField(text) { $0.number() } == .value(value))
    }

    @Test(arguments: [("1,234.50", 1234.5), ("3,14,730", 314730), ("-1,000", -1000), ("12", 12)])
    func groupedNumbers(text: String, value: Double) {
        #expect(withField(text) { $0.number(grouped: true) } == .value(value))
        #expect(text.contains(",") ? withField(text) { $0.number() } == .invalid : true)
    }

    @Test func missingNumbers() {
        #expect(withField("") { $0.number() } == .missing)
        #expect(withField("  ") { $0.number() } == .missing)
        #expect(withField("-") { $0.number(grouped: true) } == .missing)
        #expect(withField("-") { $0.number() } == .invalid)
    }

    @Test(arguments: ["NaN", "nan", "inf", "-Infinity", "1e400"])
    func nonFiniteNumbers(text: String) {
        #expect(withField(text) { $0.number() } == .notFinite)
    }

    @Test(arguments: ["abc", "1.2.3", "12x", "1e", "--1", ",5", "1 2", "e5", "."])
    func invalidNumbers(text: String) {
        #expect(withField(text) { $0.number(grouped: true) } == .invalid)
    }

    @Test func integers() {
        #expect(withField("75") { $0.integer() } == 75)
        #expect(withField("-12") { $0.integer() } == -12)
        #expect(withField("1,800") { $0.integer(grouped: true) } == 1800)
        #expect(withField("1,800") { $0.integer() } == nil)
        #expect(withField("7.5") { $0.integer() } == nil)
        #expect(withField("") { $0.integer() } == nil)
        #expect(withField("99999999999999999999") { $0.integer() } == nil)
    }

    @Test func isoDays() {
        #expect(withField("2024-03-01") { $0.isoDay() } == Day(year: 2024, month: 3, day: 1))
        #expect(withField("2024-02-30") { $0.isoDay() } == nil)
        #expect(withField("2024-3-01") { $0.isoDay() } == nil)
        #expect(withField("01-03-2024") { $0.isoDay() } == nil)
    }

    @Test(arguments: [
        ("2024-03-01T15:30:00+05:30", Timestamp(day: Day(year: 2024, month: 3, day: 1)!, hour: 15, minute: 30)),
        ("2024-03-01T10:00:00Z", Timestamp(day: Day(year: 2024, month: 3, day: 1)!, hour: 15, minute: 30)),
        ("2024-03-01 09:15+0530", Timestamp(day: Day(year: 2024, month: 3, day: 1)!, hour: 9, minute: 15)),
        (
            "2024-03-01T09:15:30.250+05:30",
            Timestamp(day: Day(year: 2024, month: 3, day: 1)!, hour: 9, minute: 15, second: 30)
        ),
        ("2024-03-01T00:00:00-04:00", Timestamp(day: Day(year: 2024, month: 3, day: 1)!, hour: 9, minute: 30)),
        ("2024-03-01", Timestamp(day: Day(year: 2024, month: 3, day: 1)!, hour: 15, minute: 30)),
    ])
    func timestamps(text: String, value: Timestamp) {
        #expect(withField(text) { $0.timestamp() } == value)
    }

    @Test(arguments: [
        "2024-03-01T15:30:00", "2024-03-01T25:00:00Z", "2024-03-01T15:30:00+05:30x", "2024-03-0115:30",
        "2024-13-01", "03/01/2024", "2024-03-01T15:3Z",
    ])
    func badTimestamps(text: String) {
        #expect(withField(text) { $0.timestamp() } == nil)
    }

    @Test func istTimestampsMatchTheirSecondsSinceEpoch() {
        // 2024-03-01T15:30:00+05:30 = 2024-03-01T10:00:00Z = 1709287200.
        #expect(withField("2024-03-01T15:30:00+05:30") { $0.timestamp() }?.seconds == 1_709_287_200)
    }

    @Test(arguments: [
        ("30-Jan-2020", Day(year: 2020, month: 1, day: 30)!), ("01-JAN-2020", Day(year: 2020, month: 1, day: 1)!),
        ("5-dec-2019", Day(year: 2019, month: 12, day: 5)!), ("29-Feb-2024", Day(year: 2024, month: 2, day: 29)!),
    ])
    func nseDates(text: String, day: Day) {
        #expect(withField(text) { $0.dayMonthNameYear() } == day)
    }

    @Test(arguments: ["30-Foo-2020", "31-Feb-2020", "2020-01-30", "30-Jan-20", "3O-Jan-2020"])
    func badNSEDates(text: String) {
        #expect(withField(text) { $0.dayMonthNameYear() } == nil)
    }

    @Test func unescapesDoubledQuotes() {
        let field = Array("say \"\"hi\"\"".utf8).withUnsafeBufferPointer {
            CSVField(bytes: $0, hasEscapedQuotes: true).string
        }
        #expect(field == "say \"hi\"")
    }
}

import MidasCore
import Testing

@testable import MidasData

struct ChainReaderTests {
    static let day = Day(year: 2024, month: 3, day: 1)!
    static let header = "timestamp,expiry,strike,option_type,bid,ask,last,volume,open_interest,underlying"

    func read(_ rows: [String], lenient: Bool = false) throws -> ChainRead {
        let text = ([Self.header] + rows).joined(separator: "\n") + "\n"
        return try ChainReader.read(Array(text.utf8), file: "c.csv", symbol: .nifty, day: Self.day, lenient: lenient)
    }

    @Test func sortsQuotesAndKeepsUnusableOnes() throws {
        let read = try read([
            "2024-03-01T15:30:00+05:30,2024-03-07,22100,PE,0,5.5,,0,100,22050.5",
            "2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,101,102.5,101.5,10,200,22050.5",
            "2024-03-01T15:30:00+05:30,2024-03-07,22100,CE,,40,,0,0,22050.5",
        ])
        #expect(read.format == .canonical)
        #expect(read.quotes.map(\.strike) == [22000, 22100, 22100])
        #expect(read.quotes.map(\.type) == [.call, .call, .put])
        #expect(read.quotes[1].bid.isNaN && read.quotes[1].ask == 40)
        #expect(read.quotes[2].bid == 0 && read.quotes[2].last.isNaN)
        #expect(read.quotes[0].underlying == 22050.5 && read.quotes[0].future.isNaN)
    }

    @Test func acceptsRowsGroupedByExpiryThenTime() throws {
        let read = try read([
            "2024-03-01T09:15:00+05:30,2024-03-07,22000,CE,1,2,1.5,1,1,22000",
            "2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,1,2,1.5,1,1,22000",
            "2024-03-01T09:15:00+05:30,2024-03-14,22000,CE,1,2,1.5,1,1,22000",
            "2024-03-01T15:30:00+05:30,2024-03-14,22000,CE,1,2,1.5,1,1,22000",
        ])
        let keys = read.quotes.map { "\($0.timestamp.istSecondOfDay / 60) \($0.expiry)" }
        #expect(keys == ["555 2024-03-07", "555 2024-03-14", "930 2024-03-07", "930 2024-03-14"])
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        let text =
            "\u{FEFF}\(Self.header)\r\n2024-03-01T09:15:00+05:30,2024-03-07,22000,CE,1,2,1.5,1,1,22000\r\n"
        let read = try ChainReader.read(Array(text.utf8), file: "c.csv", symbol: .nifty, day: Self.day)
        #expect(read.quotes.count == 1)
        #expect(read.quotes[0].timestamp == Timestamp(day: Self.day, hour: 9, minute: 15))
    }

    @Test func lenientSkipsBadRowsAndCountsThemByReason() throws {
        let read = try read(
            [
                "2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,1,2,1.5,1,1,22000",
                "2024-03-01T15:30:00+05:30,2024-03-07,22025,CE,1,2,1.5,1,1,22000",
                "2024-03-01T15:30:00+05:30,2024-03-07,22100,XX,1,2,1.5,1,1,22000",
                "2024-03-01T15:30:00+05:30,2024-03-07,22150,CE,abc,2,1.5,1,1,22000",
                "2024-03-01T15:30:00+05:30,2024-03-07,22200,CE,x,2,1.5,1,1,22000",
                "2024-03-01T15:30:00+05:30,2024-03-07,22000,CE,1,2,1.5,1,1,22000",
            ], lenient: true)
        #expect(read.quotes.count == 1)
        #expect(read.skips.counts == [.offGrid: 1, .badOptionType: 1, .badNumber: 2, .duplicate: 1])
        #expect(read.skips.total == 5)
        #expect(read.skips.examples.first { $0.reason == .badNumber }?.line == 5)
        #expect(read.skips.examples.first { $0.reason == .duplicate }?.line == 7)
    }

    @Test func unknownHeaderIsAnUnrecognisedFormat() {
        #expect(throws: InputError.self) {
            try ChainReader.read(Array("a,b\n1,2\n".utf8), file: "c.csv", symbol: .nifty, day: Self.day)
        }
    }
}

import MidasCore
import Testing

@testable import MidasData

struct BhavcopyReaderTests {
    static let legacy = "bhavcopy/fo30JAN2020bhav.csv"
    static let udiff = "bhavcopy/BhavCopy_NSE_FO_0_0_0_20240710_F_0000.csv"
    static let legacyDay = Day(year: 2020, month: 1, day: 30)!
    static let udiffDay = Day(year: 2024, month: 7, day: 10)!

    @Test func legacyKeepsOnlyTheSymbolsIndexOptions() throws {
        let read = try ChainReader.read(
            FixtureFiles.bytes(Self.legacy), file: Self.legacy, symbol: .nifty, day: Self.legacyDay)
        #expect(read.format == .legacyBhavcopy)
        #expect(read.quotes.count == 6)
        let close = Timestamp(day: Self.legacyDay, hour: 15, minute: 30)
        #expect(read.quotes.allSatisfy { $0.timestamp == close && $0.bid.isNaN && $0.ask.isNaN && $0.lotSize == 0 })
        let keys = read.quotes.map { "\($0.expiry) \($0.type) \(Int($0.strike))" }
        #expect(
            keys == [
                "2020-01-30 CE 12000", "2020-01-30 CE 12100", "2020-01-30 PE 12000", "2020-02-06 CE 12000",
                "2020-03-26 PE 11000", "2020-03-26 PE 12500",
            ])
        let first = read.quotes[0]
        #expect(first.last == 106.9)
        #expect(first.settle == 106.9)
        #expect(first.volume == 301_234)
        #expect(first.openInterest == 2_135_250)
        #expect(first.underlying.isNaN)
        let untraded = read.quotes[5]
        #expect(untraded.volume == 0 && untraded.last == 410.2 && untraded.settle == 415.3)
    }

    @Test func legacyForBankNifty() throws {
        let read = try ChainReader.read(
            FixtureFiles.bytes(Self.legacy), file: Self.legacy, symbol: .bankNifty, day: Self.legacyDay)
        #expect(read.quotes.map(\.strike) == [30500, 30500])
        #expect(read.quotes.map(\.type) == [.call, .put])
    }

    @Test func udiffKeepsOnlyTheSymbolsIndexOptionsWithLotsAndActualExpiry() throws {
        let read = try ChainReader.read(
            FixtureFiles.bytes(Self.udiff), file: Self.udiff, symbol: .nifty, day: Self.udiffDay)
        #expect(read.format == .udiffBhavcopy)
        #expect(read.quotes.count == 5)
        #expect(read.quotes.allSatisfy { $0.lotSize == 25 && $0.underlying == 24324.45 })
        let keys = read.quotes.map { "\($0.expiry) \($0.type) \(Int($0.strike))" }
        #expect(
            keys == [
                "2024-07-11 CE 24300", "2024-07-11 CE 24350", "2024-07-11 PE 24300", "2024-07-16 CE 24500",
                "2024-08-29 PE 26000",
            ])
        #expect(read.quotes[0].last == 91.3)
        #expect(read.quotes[0].volume == 120_341_250)
        #expect(read.quotes[0].openInterest == 9_702_350)
        #expect(read.quotes[4].last == 0 && read.quotes[4].settle == 1731.6 && read.quotes[4].volume == 0)
    }

    @Test func udiffForBankNiftyReadsItsLot() throws {
        let read = try ChainReader.read(
            FixtureFiles.bytes(Self.udiff), file: Self.udiff, symbol: .bankNifty, day: Self.udiffDay)
        #expect(read.quotes.count == 2)
        #expect(read.quotes.allSatisfy { $0.lotSize == 15 })
    }

    @Test func bhavcopyOfAnotherDayIsRejected() throws {
        #expect {
            try ChainReader.read(
                FixtureFiles.bytes(Self.udiff), file: Self.udiff, symbol: .nifty, day: Self.udiffDay.adding(days: 1))
        } throws: { error in
            let input = error as? InputError
            return input?.reason == .badDate && input?.line == 5 && input?.field == "TradDt"
        }
    }

    @Test func endOfDayReshapedLayout() throws {
        let text = """
            date,expiry,strike,opt_type,open,high,low,close,settle,volume,oi,oi_change,underlying
            2024-07-08,2024-08-29,23350,PE,141.35,148.4,138.0,147.3,181.4,6,5075,25,24320.55
            2024-07-08,2024-09-26,23350,PE,0.0,0.0,0.0,207.9,259.65,0,25,0,24320.55

            """
        let read = try ChainReader.read(
            Array(text.utf8), file: "e.csv", symbol: .nifty, day: Day(year: 2024, month: 7, day: 8))
        #expect(read.format == .endOfDay)
        #expect(read.quotes.map(\.settle) == [181.4, 259.65])
        #expect(read.quotes.map(\.underlying) == [24320.55, 24320.55])
    }

    @Test func realEndOfDayChainIsAcceptedWhole() throws {
        let path = "eod/2024-07-08.csv"
        let read = try ChainReader.read(
            FixtureFiles.bytes(path), file: path, symbol: .nifty, day: Day(year: 2024, month: 7, day: 8))
        #expect(read.format == .endOfDay)
        #expect(read.quotes.count == 1622)
        #expect(read.quotes.filter { $0.volume > 0 }.count == 780)
        let quote = try #require(
            read.quotes.first {
                $0.expiry == Day(year: 2024, month: 7, day: 11) && $0.strike == 24300 && $0.type == .call
            })
        #expect(quote.last == 123.6 && quote.settle == 123.6 && quote.volume == 4_748_623)
        #expect(quote.openInterest == 4_098_250 && quote.underlying == 24320.55)
    }
}

import Foundation
import MidasCore
import Testing

@testable import MidasData

/// NSE's option-chain API snapshots, read from the repository's tracked copies in data/real/nse_api_json.
struct NSEOptionChainReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data/real/nse_api_json")

    private func read(_ name: String, day: String) throws -> ChainRead {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        return try ChainReader.read(bytes, file: name, symbol: .nifty, day: Day(iso: day)!)
    }

    @Test func snapshotOf24March2022() throws {
        let read = try read("NIFTY.json", day: "2022-03-24")
        #expect(read.format == .nseOptionChainAPI)
        #expect(read.quotes.count == 1895)  // CE and PE legs of 1,121 strike×expiry records
        #expect(Set(read.quotes.map(\.expiry)).count == 21)
        #expect(
            read.quotes.allSatisfy { $0.timestamp == Timestamp(day: Day(iso: "2022-03-24")!, hour: 15, minute: 30) })
        let call = try #require(
            read.quotes.first { $0.expiry == Day(iso: "2022-03-31")! && $0.strike == 17200 && $0.type == .call })
        #expect([call.bid, call.ask, call.last, call.underlying] == [216, 218.8, 218.6, 17222.75])
        #expect(abs(call.referenceIV - 0.1994) < 1e-12)  // NSE publishes 19.94 (percent)
    }

    @Test func snapshotOf17July2025() throws {
        let read = try read("nifty_option_chain.json", day: "2025-07-17")
        #expect(read.quotes.count == 1395)  // legs of 779 records
        #expect(Set(read.quotes.map(\.expiry)).count == 18)
        #expect(read.quotes.filter { $0.referenceIV > 0 }.count == 799)
        // A zero ask is no ask; fractional open interest (NSE averages some) is kept as given.
        let put = try #require(
            read.quotes.first { $0.expiry == Day(iso: "2026-06-25")! && $0.strike == 12000 && $0.type == .put })
        #expect(put.bid == 2.05)
        #expect(put.ask.isNaN)
        #expect(put.openInterest == 4.333333333333333)
    }

    @Test func snapshotOnAnotherDayIsRejected() throws {
        #expect(throws: InputError.self) { try read("NIFTY.json", day: "2022-03-25") }
    }
}

import Foundation
import MidasCore
import Testing

@testable import MidasData

/// NSE option-chain page downloads (Fixtures/page, real files) as day folders `chain/<YYYY-MM-DD>/`.
struct PageDownloadTests {
    /// A raw folder whose only chain day is `day`, holding the fixture folder's downloads and,
    /// unless `snapshot` is nil, a snapshot.yaml.
    private func folder(_ fixture: String, day: String, snapshot: String?) throws -> RawFolder {
        let raw = try RawFolder()
        try raw.remove("chain/2024-03-01.csv")
        try raw.remove("chain/2024-03-04.csv")
        let source = FixtureFiles.url("page/\(fixture)")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            try raw.write("chain/\(day)/\(name)", text)
        }
        if let snapshot { try raw.write("chain/\(day)/snapshot.yaml", snapshot) }
        return raw
    }

    @Test func closeOfThirdMay2024ImportsWithParityForwardNearSpotPlusCarry() throws {
        let raw = try folder(
            "souvik131_vix_2024-05-03", day: "2024-05-03",
            snapshot: "timestamp: 2024-05-03T15:30:00+05:30\nunderlying: 22475.85\n")
        defer { raw.cleanUp() }
        let summary = try raw.prepare()
        #expect(summary.coverage.quoteCount == 1171)  // non-empty sides of the 695 strike rows
        let store = try PreparedStore(path: raw.store)
        #expect(try store.files().first { $0.path == "chain/2024-05-03" }?.format == "NSE option-chain page")
        let quotes = try store.quotes(onDay: Day(iso: "2024-05-03")!)
        #expect(Set(quotes.map(\.expiry)).count == 14)
        let expiry = Day(iso: "2024-05-09")!
        // Indian grouping: the 20,250 put traded "3,03,373" contracts with "1,10,811" open interest.
        let put = try #require(quotes.first { $0.expiry == expiry && $0.strike == 20250 && $0.type == .put })
        #expect(put.volume == 303_373)
        #expect(put.openInterest == 110_811)
        #expect(put.referenceIV == 0.2944)
        #expect(put.underlying == 22475.85)

        // Put–call parity on mids, strikes 22,300…22,650: F = K + (C − P)·e^(rT) at r = 7%, T = 6 days.
        let time = 6.0 / 365
        let carried = 22475.85 * exp(0.07 * time)
        for strike in stride(from: 22300.0, through: 22650, by: 50) {
            let call = try #require(quotes.first { $0.expiry == expiry && $0.strike == strike && $0.type == .call })
            let put = try #require(quotes.first { $0.expiry == expiry && $0.strike == strike && $0.type == .put })
            let forward = strike + ((call.bid + call.ask) / 2 - (put.bid + put.ask) / 2) * exp(0.07 * time)
            #expect(abs(forward - carried) < 5, "strike \(strike): forward \(forward), spot plus carry \(carried)")
        }
    }

    @Test func olderHeaderVariantWithPriceColumnNames() throws {
        let raw = try folder(
            "SanjayShetty01_IndiaVIXinR_2022-06", day: "2022-06-15",
            snapshot: "timestamp: 2022-06-15T15:30:00+05:30\nunderlying: 15692.15\n")
        defer { raw.cleanUp() }
        let summary = try raw.prepare()
        #expect(summary.coverage.quoteCount == 438)
        let quotes = try PreparedStore(path: raw.store).quotes(onDay: Day(iso: "2022-06-15")!)
        // First row of the 30-Jun-2022 file: only the 8,300 put is quoted.
        #expect(!quotes.contains { $0.strike == 8300 && $0.type == .call })
        let put = try #require(quotes.first { $0.strike == 8300 && $0.type == .put })
        #expect([put.bid, put.ask, put.last, put.volume, put.openInterest] == [1.75, 1.80, 1.80, 1226, 1368])
        #expect(put.expiry == Day(iso: "2022-06-30")!)
    }

    @Test func missingSnapshotFileIsNamed() throws {
        let raw = try folder("dpramanik92_pricing_2026-04", day: "2026-04-01", snapshot: nil)
        defer { raw.cleanUp() }
        do {
            try raw.prepare()
            Issue.record("a folder without snapshot.yaml was accepted")
        } catch let error as InputError {
            #expect(error.reason == .missingFile)
            #expect(error.file.hasSuffix("chain/2026-04-01/snapshot.yaml"))
        }
        try raw.write("chain/2026-04-01/snapshot.yaml", "timestamp: 2026-04-01T15:30:00+05:30\nunderlying: 22679\n")
        #expect(try raw.prepare().coverage.quoteCount == 1128)
    }

    @Test func dayFolderIsReusedUntilOneOfItsFilesChanges() throws {
        let raw = try folder(
            "dpramanik92_pricing_2026-04", day: "2026-04-01",
            snapshot: "timestamp: 2026-04-01T15:30:00+05:30\nunderlying: 22679\n")
        defer { raw.cleanUp() }
        #expect(try raw.prepare().reread.contains("chain/2026-04-01"))
        #expect(try raw.prepare().reread.isEmpty)
        try raw.write("chain/2026-04-01/snapshot.yaml", "timestamp: 2026-04-01T15:30:00+05:30\nunderlying: 22680\n")
        let third = try raw.prepare()
        #expect(third.reread == ["chain/2026-04-01"])
        let quotes = try PreparedStore(path: raw.store).quotes(onDay: Day(iso: "2026-04-01")!)
        #expect(quotes.allSatisfy { $0.underlying == 22680 })
    }
}

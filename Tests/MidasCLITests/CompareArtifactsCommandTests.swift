import Foundation
import MidasCore
import MidasData
import Testing

struct CompareArtifactsCommandTests {
    /// Writes a two-bar, one-snapshot artifact whose one quote has bid `bid`.
    private func writeArtifact(at url: URL, bid: Double) throws {
        let day = Day(year: 2024, month: 3, day: 1)!
        let time = Timestamp(day: day, hour: 15, minute: 30)
        let bars = [time, time.adding(seconds: 86_400)].map {
            Bar(timestamp: $0, open: 22_000, high: 22_100, low: 21_900, close: 22_050, volume: 0)
        }
        let timeline = BarTimeline(
            bars: bars, features: FeatureMatrix(names: ["ret_1"], values: [.nan, 0.01], dayIndexes: [0, 1]),
            regimes: [.warmup, .range], snapshotOfBar: [0, 0],
            schedule: ChainSchedule(timestamps: [time], maxAgeSeconds: 86_400), window: 1..<2)
        let quote = OptionQuote(
            timestamp: time, expiry: day.adding(days: 6), strike: 22_000, type: .call, bid: bid, ask: 101)
        let priced = PricedQuote(
            quote: quote, mark: 100.5, markRule: .mid, spot: 22_050, forward: 22_070, timeToExpiry: 6.0 / 365,
            rate: 0.065, iv: 0.12, ivStatus: .ok, delta: 0.5, gamma: 0.0004, theta: -9, vega: 10)
        let meta = ArtifactMeta(
            schemaVersion: Versions.artifactSchema, contextVersion: Versions.context, midasVersion: Versions.midas,
            gitCommit: "test", symbol: "NIFTY", timeframe: .daily,
            tradingRange: day.adding(days: 1)...day.adding(days: 1),
            warmupDays: 0, settingsFingerprint: Fingerprint(ofText: "s"), regimeFingerprint: Fingerprint(ofText: "r"),
            contextFingerprint: Fingerprint(ofText: "c"), inputs: [])
        try ArtifactWriter.write(ArtifactContent(meta: meta, timeline: timeline, chains: [[priced]]), to: url)
    }

    @Test func exitCodesZeroForIdenticalOneForDifferentTwoForUnreadable() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("MidasCLITests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a.sqlite")
        let b = root.appendingPathComponent("b.sqlite")
        let c = root.appendingPathComponent("c.sqlite")
        try writeArtifact(at: a, bid: 100)
        try writeArtifact(at: b, bid: 100)
        try writeArtifact(at: c, bid: 100.00000000000001)

        let identical = try CLI.run(["compare", "--artifacts", a.path, b.path])
        #expect(identical.status == 0)
        #expect(identical.stdout == "identical: bar_context_v identical (2 rows); chain_quotes_v identical (1 rows)\n")

        let different = try CLI.run(["compare", "--artifacts", a.path, c.path])
        #expect(different.status == 1)
        #expect(
            different.stdout == """
                chain_quotes_v row 1 column bid: 100.0 vs 100.00000000000001
                bar_context_v identical (2 rows); chain_quotes_v differs (1 rows)

                """)

        let unreadable = try CLI.run(["compare", "--artifacts", a.path, root.appendingPathComponent("none").path])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains("none"))

        let tolerance = try CLI.run(["compare", "--artifacts", a.path, b.path, "--tolerance", "1e-9"])
        #expect(tolerance.status == 2)
        #expect(tolerance.stderr.contains("--tolerance"))
    }
}

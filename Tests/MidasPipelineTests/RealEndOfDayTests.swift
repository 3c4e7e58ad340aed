import Foundation
import MidasCore
import MidasData
import Testing

@testable import MidasPipeline

/// The real NSE end-of-day NIFTY chains of data/real/eod (14 days, 2024-07-08 … 07-26) with the
/// real NIFTY 50 and India VIX histories of data/real/history: prepare and precompute succeed and
/// every quote is priced or flagged.
struct RealEndOfDayTests {
    /// The repository's data/real folder (tracked files; tests never read outside the repository).
    static let realData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/real")

    /// Assembles the raw layout as `make demo-real-eod` does.
    static func rawLayout(in folder: URL) throws -> URL {
        let symbol = folder.appendingPathComponent("raw/NIFTY")
        let chain = symbol.appendingPathComponent("chain")
        try FileManager.default.createDirectory(at: chain, withIntermediateDirectories: true)
        let eod = realData.appendingPathComponent("eod")
        for name in try FileManager.default.contentsOfDirectory(atPath: eod.path) where name.hasPrefix("bhavcopy_") {
            try FileManager.default.copyItem(
                at: eod.appendingPathComponent(name),
                to: chain.appendingPathComponent(String(name.dropFirst("bhavcopy_".count))))
        }
        let history = realData.appendingPathComponent("history")
        try FileManager.default.copyItem(
            at: history.appendingPathComponent("nifty50.csv"), to: symbol.appendingPathComponent("bars_1d.csv"))
        try FileManager.default.copyItem(
            at: history.appendingPathComponent("india_vix.csv"), to: symbol.appendingPathComponent("vix.csv"))
        try Data("vix.csv:\n  close: india_vix\n".utf8).write(to: symbol.appendingPathComponent("columns.yaml"))
        return folder.appendingPathComponent("raw")
    }

    @Test func prepareAndPrecomputePriceOrFlagEveryQuote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("midas-eod-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = try Self.rawLayout(in: folder)
        let prepared = folder.appendingPathComponent("NIFTY-1d.sqlite").path
        let summary = try Preparation.run(
            PrepareOptions(
                rawDirectory: raw.path, symbol: "NIFTY", output: prepared, timeframe: .daily, isFull: false,
                isLenient: false, jobs: 2))
        #expect(summary.coverage.chainDays.count == 14)
        #expect(summary.coverage.quoteCount == 23168)
        #expect(summary.coverage.barCount == 2706)
        #expect(summary.coverage.vixDays == 2697)
        #expect(summary.coverage.fiiDays == 0)
        #expect(summary.reportLines.contains { $0.contains("no FII flows and USDINR") })
        let store = try PreparedStore(path: prepared)
        #expect(try store.quotes(onDay: Day(iso: "2024-07-08")!).count == 1622)  // the file's data rows

        let artifact = folder.appendingPathComponent("artifact.sqlite").path
        let pipeline = Self.realData.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "pipelines/real/nifty-real-eod.yaml")
        let precompute = try PrecomputeStage.execute(
            PrecomputeOptions(preparedPath: prepared, pipelinePath: pipeline.path, outputPath: artifact, jobs: 2))
        #expect(precompute.pricedSnapshots == 14)
        #expect(precompute.quotes == 23168)
        let content = try ArtifactReader.load(path: artifact)
        var rules: [MarkRule: Int] = [:]
        var statuses: [IVStatus: Int] = [:]
        for quote in content.quotes {
            rules[quote.markRule, default: 0] += 1
            statuses[quote.ivStatus, default: 0] += 1
            if quote.markRule != .none { #expect(quote.mark.isFinite && quote.mark >= 0) }
            if quote.ivStatus == .ok { #expect(quote.iv > 0 && quote.iv < 5) }
        }
        // Traded contracts (volume > 0, 12,537 rows of the files) are marked at their close, the rest at
        // NSE's settlement price; the 656 quotes expiring on their own day are flagged expired.
        #expect(rules == [.last: 12537, .settle: 10631])
        #expect(statuses[.expired] == 656)
        #expect(statuses[.ok] == 20914)
        #expect(statuses[.belowIntrinsic] == 1598)
        #expect(statuses.values.reduce(0, +) == 23168)
    }
}

import Foundation
import MidasCore
import MidasData
import MidasPipeline
import Testing

/// Incremental precompute gives exactly what a full rebuild gives, through a sequence of input changes.
@Suite(.serialized)
struct IncrementalPrecomputeTests {
    /// A generated data set, prepared again after each change, with an incremental and a full artifact.
    struct Workspace {
        let folder: URL
        var raw: URL { folder.appendingPathComponent("raw") }
        var chain: URL { raw.appendingPathComponent("NIFTY/chain") }
        var prepared: String { folder.appendingPathComponent("NIFTY-1d.sqlite").path }
        var pipeline: String { folder.appendingPathComponent("pipeline.yaml").path }
        var incremental: String { folder.appendingPathComponent("incremental.sqlite").path }
        var full: String { folder.appendingPathComponent("full.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("midas-incremental-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try writePipeline(Scenario.pipelineText)
        }

        func generate(to last: String) throws {
            let settings = GenerateSettings(
                index: .nifty, from: Day(iso: "2024-01-01")!, to: Day(iso: last)!, seed: 11, strikeBand: 0.05,
                weeklies: 2, monthlies: 1)
            _ = try SyntheticMarket.generate(settings, into: raw)
        }

        func writePipeline(_ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: pipeline))
        }

        /// Prepares, precomputes incrementally and in full, and returns the incremental summary once
        /// the two artifacts' logical content is checked identical.
        func step() throws -> PrecomputeSummary {
            _ = try Preparation.run(
                PrepareOptions(rawDirectory: raw.path, symbol: "NIFTY", output: prepared, jobs: 2))
            let summary = try PrecomputeStage.execute(
                PrecomputeOptions(preparedPath: prepared, pipelinePath: pipeline, outputPath: incremental, jobs: 2))
            let fullSummary = try PrecomputeStage.execute(
                PrecomputeOptions(
                    preparedPath: prepared, pipelinePath: pipeline, outputPath: full, isFull: true, jobs: 2))
            #expect(fullSummary.fullRebuildReason == "--full")
            #expect(fullSummary.reusedSnapshots == 0)
            let comparison = try ArtifactComparison(first: incremental, second: full)
            #expect(comparison.isIdentical, "\(comparison.differences)")
            #expect(comparison.rowCounts.allSatisfy { $0.first > 0 && $0.first == $0.second })
            #expect(summary.quotes == fullSummary.quotes)
            return summary
        }

        /// Rewrites a raw file line by line (`transform` gets the header's fields and a row's fields).
        func edit(_ relative: String, _ transform: (_ header: [String], _ fields: inout [String]) -> Void) throws {
            let url = raw.appendingPathComponent("NIFTY").appendingPathComponent(relative)
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var out = [lines[0]]
            for line in lines.dropFirst() {
                var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                transform(header, &fields)
                out.append(fields.joined(separator: ","))
            }
            try Data((out.joined(separator: "\n") + "\n").utf8).write(to: url)
        }

        /// Drops the `underlying` column of a day's chain file.
        func stripUnderlying(day: String) throws {
            try edit("chain/\(day).csv") { header, fields in
                if header.last == "underlying" { fields.removeLast() }
            }
            let url = chain.appendingPathComponent("\(day).csv")
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.replacingOccurrences(of: ",underlying\n", with: "\n").utf8).write(to: url)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func everyStepEqualsAFullRebuild() throws {
        let work = try Workspace()
        defer { work.remove() }

        // A first build; one day's chain without `underlying`, so it is priced from the bar's close.
        try work.generate(to: "2024-04-30")
        try work.stripUnderlying(day: "2024-04-10")
        let first = try work.step()
        #expect(first.fullRebuildReason == "no previous artifact")
        let aprilDays = 82  // chain days from 2024-01-01 to 2024-04-30
        #expect(first.pricedDays == aprilDays && first.reusedDays == 0)

        // Nothing changed: nothing priced.
        let again = try work.step()
        #expect(again.fullRebuildReason == nil)
        #expect(again.pricedSnapshots == 0 && again.reusedDays == aprilDays)

        // Append May (the generator is prefix-stable): only May's days are priced.
        try work.generate(to: "2024-05-31")
        try work.stripUnderlying(day: "2024-04-10")  // the generator restored it
        let appended = try work.step()
        let mayDays = 22
        #expect(appended.pricedDays == mayDays && appended.reusedDays == aprilDays, "\(appended.lines)")
        #expect(appended.pricedQuotes > 0 && appended.pricedQuotes < appended.quotes)

        // A vendor corrects one quote of a past day: that day alone is priced.
        var corrected = false
        try work.edit("chain/2024-03-15.csv") { header, fields in
            let bid = header.firstIndex(of: "bid")!
            guard !corrected, let value = Double(fields[bid]), value > 1 else { return }
            fields[bid] = String(format: "%.2f", value - 0.5)
            corrected = true
        }
        #expect(corrected)
        let quoteFix = try work.step()
        #expect(quoteFix.pricedDays == 1 && quoteFix.reusedDays == aprilDays + mayDays - 1)

        // A past bar's close is corrected: the day whose chain has no `underlying` is priced again
        // (its spot changed although its chain file did not); features and regimes follow.
        try work.edit("bars_1d.csv") { _, fields in
            guard fields[0].hasPrefix("2024-04-10") else { return }
            let (high, low) = (Double(fields[2])!, Double(fields[3])!)
            fields[4] = String(format: "%.2f", (high + low) / 2)
        }
        let barFix = try work.step()
        #expect(barFix.pricedDays == 1 && barFix.pricedSnapshots == 1, "\(barFix.lines)")

        // Another regime setting: the bar timeline only, every chain reused.
        try work.writePipeline(
            Scenario.pipelineText.replacingOccurrences(of: "fast_ma: 5, slow_ma: 10", with: "fast_ma: 4, slow_ma: 12"))
        let regime = try work.step()
        #expect(regime.fullRebuildReason == nil && regime.pricedSnapshots == 0)

        // A day removed: dropped, nothing priced.
        try FileManager.default.removeItem(at: work.chain.appendingPathComponent("2024-02-14.csv"))
        let removed = try work.step()
        #expect(removed.removedDays == ["chain/2024-02-14.csv"])
        #expect(removed.pricedSnapshots == 0 && removed.reusedDays == aprilDays + mayDays - 1)

        // Another rate: every chain priced again.
        try work.writePipeline(
            Scenario.pipelineText.replacingOccurrences(of: "fast_ma: 5, slow_ma: 10", with: "fast_ma: 4, slow_ma: 12")
                .replacingOccurrences(of: "rate: 0.065", with: "rate: 0.07"))
        let rate = try work.step()
        #expect(rate.fullRebuildReason == "the previous artifact's context settings differ from the pipeline's")
        #expect(rate.reusedSnapshots == 0 && rate.pricedDays == aprilDays + mayDays - 1)
    }

    @Test func aReaderSeesTheOldOrTheNewArtifactNeverAMix() throws {
        let work = try Workspace()
        defer { work.remove() }
        try work.generate(to: "2024-04-30")
        _ = try work.step()
        func signature(_ content: ArtifactContent) -> [Int] {
            [content.timeline.bars.count, content.quotes.count, content.meta.inputs.count, content.snapshotRows.count]
        }
        let old = signature(try ArtifactReader.load(path: work.incremental))
        try work.generate(to: "2024-05-31")
        _ = try Preparation.run(
            PrepareOptions(rawDirectory: work.raw.path, symbol: "NIFTY", output: work.prepared, jobs: 2))

        // The update runs on another thread while this one keeps loading the artifact.
        let options = PrecomputeOptions(
            preparedPath: work.prepared, pipelinePath: work.pipeline, outputPath: work.incremental, jobs: 1)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? PrecomputeStage.execute(options)
            finished.signal()
        }
        var seen: [[Int]] = []
        while finished.wait(timeout: .now()) == .timedOut {
            seen.append(signature(try ArtifactReader.load(path: work.incremental)))
        }
        let new = signature(try ArtifactReader.load(path: work.incremental))
        #expect(new != old && new[0] == old[0] + 22)
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0 == old || $0 == new }, "\(Set(seen.map(\.description)))")
    }
}

import Foundation
import MidasCore
import Testing

@testable import MidasData

struct ArtifactComparisonTests {
    @Test func theSameContentWrittenTwiceIsIdentical() throws {
        let folder = try ArtifactTestFolder()
        var provenance = try ArtifactFixture.meta()
        provenance.gitCommit = "another commit"
        try ArtifactWriter.write(try ArtifactFixture.content(), to: folder.url.appendingPathComponent("a.sqlite"))
        try ArtifactWriter.write(
            try ArtifactFixture.content(meta: provenance), to: folder.url.appendingPathComponent("b.sqlite"))

        let comparison = try ArtifactComparison(first: folder.path("a.sqlite"), second: folder.path("b.sqlite"))
        #expect(comparison.isIdentical)
        #expect(comparison.summary == "bar_context_v identical (10 rows); chain_quotes_v identical (20 rows)")
    }

    @Test func oneUnitInTheLastPlaceOfOneQuoteIsFound() throws {
        let folder = try ArtifactTestFolder()
        var changed = try ArtifactFixture.content()
        changed.quotes[9].quote.ask = changed.quotes[9].quote.ask.nextUp
        try ArtifactWriter.write(try ArtifactFixture.content(), to: folder.url.appendingPathComponent("a.sqlite"))
        try ArtifactWriter.write(changed, to: folder.url.appendingPathComponent("b.sqlite"))

        let comparison = try ArtifactComparison(first: folder.path("a.sqlite"), second: folder.path("b.sqlite"))
        #expect(!comparison.isIdentical)
        #expect(
            comparison.differences == [
                ArtifactComparison.Difference(
                    view: "chain_quotes_v", row: 10, column: "ask", first: "103.5", second: "103.50000000000001")
            ])
        #expect(comparison.summary == "bar_context_v identical (10 rows); chain_quotes_v differs (20 rows)")
    }

    @Test func aMissingRowAndAChangedRegimeAreFound() throws {
        let folder = try ArtifactTestFolder()
        let content = try ArtifactFixture.content()
        var timeline = content.timeline
        var regimes = timeline.regimes
        regimes[8] = .highVol
        timeline = BarTimeline(
            bars: timeline.bars, features: timeline.features, regimes: regimes, snapshotOfBar: timeline.snapshotOfBar,
            schedule: timeline.schedule, window: timeline.window)
        let changed = ArtifactContent(
            meta: content.meta, timeline: timeline, quotes: Array(content.quotes.dropLast()),
            snapshotRows: [0..<7, 7..<14, 14..<19])
        try ArtifactWriter.write(content, to: folder.url.appendingPathComponent("a.sqlite"))
        try ArtifactWriter.write(changed, to: folder.url.appendingPathComponent("b.sqlite"))

        let comparison = try ArtifactComparison(first: folder.path("a.sqlite"), second: folder.path("b.sqlite"))
        #expect(
            comparison.differences.map(\.description) == [
                "bar_context_v row 9 column regime: range vs high_vol",
                "chain_quotes_v row 20: (a row) vs (no row)",
            ])
        #expect(comparison.summary == "bar_context_v differs (10 rows); chain_quotes_v differs (20 vs 19 rows)")
    }
}

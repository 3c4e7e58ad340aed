import Foundation
import MidasCore
import SQLiteKit
import Testing

@testable import MidasData

struct ArtifactStoreTests {
    @Test func roundTripIsBitIdenticalIncludingNegativeZeroNaNSubnormalsAndInfinities() throws {
        let folder = try ArtifactTestFolder()
        let content = try ArtifactFixture.content()
        try ArtifactWriter.write(content, to: folder.url.appendingPathComponent("a.sqlite"))
        let loaded = try ArtifactReader.load(path: folder.path("a.sqlite"))

        #expect(ArtifactFixture.bits(loaded) == ArtifactFixture.bits(content))
        #expect(loaded.meta == content.meta)
        #expect(loaded.timeline.features.names == ["ret_1", "slope \"20\"", "vix"])
        let values = loaded.timeline.features.values
        #expect(values[5].sign == .minus && values[5] == 0)
        #expect(values[7] == .infinity && values[8] == -.infinity)
        #expect(values[10].bitPattern == 1)
        #expect(values[11].bitPattern == 0x7FF8_0000_0000_BEEF)
        #expect(loaded.quotes[3].quote.last.sign == .minus)
        #expect(loaded.quotes[5].quote.referenceIV.bitPattern == 0x7FF8_0000_0000_BEEF)
        #expect(loaded.snapshotRows == [0..<7, 7..<14, 14..<20])
        #expect(loaded.timeline.window == 2..<10)
        #expect(loaded.timeline.schedule == content.timeline.schedule)
        #expect(loaded.meta.inputs.map(\.partition) == ["bars_1d.csv", "chain/2024-01-04"])
    }

    @Test func loadedChainsAreViewsOverTheSharedQuotes() throws {
        let folder = try ArtifactTestFolder()
        try ArtifactWriter.write(try ArtifactFixture.content(), to: folder.url.appendingPathComponent("a.sqlite"))
        let loaded = try ArtifactReader.load(path: folder.path("a.sqlite"))

        #expect(loaded.chain(atBar: 2) == nil)
        let chain = try #require(loaded.chain(atBar: 5))
        #expect(chain.timestamp == Timestamp(day: ArtifactFixture.day(5), hour: 15, minute: 30))
        #expect(chain.quotes.indices == 7..<14)
        #expect(chain.expiries == [ArtifactFixture.day(10), ArtifactFixture.day(17)])
        let put = try #require(chain.quote(expiry: ArtifactFixture.day(10), strike: 21_050, type: .put))
        #expect(put.mark == 100.75 + 3 + 1.0 / 3)
        #expect(loaded.context(ofBar: 5).index == 3)
    }

    @Test func carriesTheApplicationIDAndSchemaVersion() throws {
        let folder = try ArtifactTestFolder()
        try ArtifactWriter.write(try ArtifactFixture.content(), to: folder.url.appendingPathComponent("a.sqlite"))
        let database = try Connection(path: folder.path("a.sqlite"), mode: .readOnly)
        #expect(try database.pragma("application_id") == "1296647233")
        #expect(try database.pragma("user_version") == "\(Versions.artifactSchema)")
        #expect(try database.pragma("journal_mode") == "delete")
        #expect(try ArtifactReader(path: folder.path("a.sqlite")).schemaVersion() == Versions.artifactSchema)
    }

    @Test func failedWriteLeavesThePreviousArtifactByteIdentical() throws {
        struct Injected: Error {}
        let folder = try ArtifactTestFolder()
        let url = folder.url.appendingPathComponent("a.sqlite")
        try ArtifactWriter.write(try ArtifactFixture.content(), to: url)
        let before = try Data(contentsOf: url)

        var changed = try ArtifactFixture.content()
        changed.quotes[0].mark = 1
        #expect(throws: Injected.self) {
            try ArtifactWriter.write(changed, to: url, beforeCommit: { throw Injected() })
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(try folder.names() == ["a.sqlite"])
    }

    @Test func loadRefusesAnotherSchemaVersionAsStale() throws {
        let folder = try ArtifactTestFolder()
        var meta = try ArtifactFixture.meta()
        meta.schemaVersion = Versions.artifactSchema + 1
        try ArtifactWriter.write(
            try ArtifactFixture.content(meta: meta), to: folder.url.appendingPathComponent("a.sqlite"))
        let reader = try ArtifactReader(path: folder.path("a.sqlite"))
        #expect(try reader.meta().schemaVersion == Versions.artifactSchema + 1)

        let error = try #require(throws: StaleArtifactError.self) { try reader.load() }
        #expect(error.kind.exitCode == 3)
        #expect(
            error.causes == [.schemaVersion(artifact: Versions.artifactSchema + 1, current: Versions.artifactSchema)])
        #expect(error.description.contains("--full"))
    }

    @Test func rejectsAMissingFileAndAFileThatIsNoArtifact() throws {
        let folder = try ArtifactTestFolder()
        let missing = try #require(throws: InputError.self) { try ArtifactReader(path: folder.path("none.sqlite")) }
        #expect(missing.reason == .missingFile)

        try Data("date,close\n".utf8).write(to: folder.url.appendingPathComponent("text.sqlite"))
        let text = try #require(throws: ArtifactError.self) { try ArtifactReader(path: folder.path("text.sqlite")) }
        #expect(text.kind == .badInput)
        #expect(!ArtifactReader.isArtifact(path: folder.path("text.sqlite")))

        let other = try Connection(path: folder.path("other.sqlite"))
        try other.execute("CREATE TABLE t (x); PRAGMA user_version = 1")
        let wrongID = try #require(throws: ArtifactError.self) { try ArtifactReader(path: folder.path("other.sqlite")) }
        #expect(wrongID.detail.contains("application_id"))
    }

    @Test func anEmptyContentRoundTrips() throws {
        let folder = try ArtifactTestFolder()
        let timeline = BarTimeline(
            bars: [], features: FeatureMatrix(names: [], values: [], dayIndexes: []), regimes: [], snapshotOfBar: [],
            schedule: ChainSchedule(timestamps: [], maxAgeSeconds: 60), window: 0..<0)
        let content = ArtifactContent(meta: try ArtifactFixture.meta(), timeline: timeline, chains: [])
        try ArtifactWriter.write(content, to: folder.url.appendingPathComponent("a.sqlite"))
        let reader = try ArtifactReader(path: folder.path("a.sqlite"))
        let loaded = try reader.load()
        #expect(loaded.timeline.bars.isEmpty && loaded.quotes.isEmpty && loaded.snapshotRows.isEmpty)
        #expect(loaded.timeline.schedule.maxAgeSeconds == 60)
        let summary = try reader.summary()
        #expect(summary.barDays == nil && summary.windowDays == nil && summary.quoteCount == 0)
    }

    @Test func aDamagedColumnIsReportedByTableColumnAndSnapshot() throws {
        let folder = try ArtifactTestFolder()
        try ArtifactWriter.write(try ArtifactFixture.content(), to: folder.url.appendingPathComponent("a.sqlite"))
        #expect(ArtifactReader.isArtifact(path: folder.path("a.sqlite")))
        let database = try Connection(path: folder.path("a.sqlite"), mode: .readWrite)
        try database.execute("UPDATE chain_snapshots SET bid = x'00' WHERE snapshot = 1")

        let error = try #require(throws: ArtifactError.self) { try ArtifactReader.load(path: folder.path("a.sqlite")) }
        #expect(error.detail == "chain_snapshots.bid of snapshot 1 does not decode")
        #expect(error.kind.exitCode == 2)
    }
}

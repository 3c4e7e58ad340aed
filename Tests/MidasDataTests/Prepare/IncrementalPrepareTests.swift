import Foundation
import MidasCore
import Testing

@testable import MidasData

#if canImport(Glibc)
    import Glibc
#endif

struct IncrementalPrepareTests {
    /// Everything a reader can see of a store, for comparing two stores.
    struct Content: Equatable {
        var bars: [Bar]
        var vix: [VIXDay]
        var fii: [FIIFlowDay]
        var usdinr: [USDINRDay]
        var timestamps: [Timestamp]
        var quotes: [[String]]
        var days: [String]
        var files: [String]

        init(_ path: String) throws {
            let store = try PreparedStore(path: path)
            bars = try store.bars()
            vix = try store.vix()
            fii = try store.fiiFlows()
            usdinr = try store.usdinr()
            timestamps = try store.chainTimestamps()
            // NaN ≠ NaN, so quotes compare through their text.
            quotes = try timestamps.map { try store.quotes(at: $0).map { "\($0)" } }
            days = try store.chainDays().map { "\($0.day) \($0.fingerprint)" }
            files = try store.files().map { "\($0.path) \($0.fingerprint) \($0.rows) \($0.skipped)" }
        }
    }

    @Test func changingOneChainDayRereadsOnlyThatFile() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        let first = try folder.prepare()
        #expect(first.fullRebuildReason == "no previous store")
        #expect(first.reread.count == 6)

        let changed = RawFolder.chain0304.replacingOccurrences(of: "180,181", with: "179,181")
        try folder.write("chain/2024-03-04.csv", changed)
        let second = try folder.prepare()
        #expect(second.fullRebuildReason == nil)
        #expect(second.reread == ["chain/2024-03-04.csv"])
        #expect(second.unchanged == 5)
        #expect(second.parsedChainRows == 2)

        let store = try PreparedStore(path: folder.store)
        let day = Day(year: 2024, month: 3, day: 4)!
        #expect(try store.quotes(onDay: day).map(\.bid) == [179, 70])
        let incremental = try Content(folder.store)

        let full = try folder.prepare(full: true)
        #expect(full.fullRebuildReason == "--full")
        #expect(full.reread.count == 6)
        #expect(try Content(folder.store) == incremental)
    }

    @Test func touchingAFileWithoutChangingItRereadsNothing() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: folder.path("chain/2024-03-01.csv"))
        let second = try folder.prepare()
        #expect(second.reread.isEmpty)
        #expect(second.unchanged == 6)
    }

    @Test func sameSizeAndMtimeIsTrustedUnlessTheFileIsAsNewAsTheStore() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        let file = folder.path("chain/2024-03-04.csv")
        let changed = RawFolder.chain0304.replacingOccurrences(of: "180,181", with: "179,181")
        #expect(changed.utf8.count == RawFolder.chain0304.utf8.count)

        // Same size, mtime put back exactly, older than the store: the recorded fingerprint is trusted (one stat).
        let recorded = try Self.modificationTime(file)
        try folder.write("chain/2024-03-04.csv", changed)
        try Self.setModificationTime(file, recorded)
        let trusted = try folder.prepare()
        #expect(trusted.reread.isEmpty && trusted.unchanged == 6)

        // The same with the file as new as the store ("racily clean", a change within one timestamp
        // tick of the store's writing): hashed, found changed.
        try Self.setModificationTime(file, try Self.modificationTime(folder.store))
        let racy = try folder.prepare()
        #expect(racy.reread == ["chain/2024-03-04.csv"])
        let day = Day(year: 2024, month: 3, day: 4)!
        #expect(try PreparedStore(path: folder.store).quotes(onDay: day).map(\.bid) == [179, 70])
    }

    static func modificationTime(_ path: String) throws -> timespec {
        var info = stat()
        try #require(stat(path, &info) == 0)
        return info.st_mtim
    }

    static func setModificationTime(_ path: String, _ time: timespec) throws {
        let times = [time, time]
        try #require(utimensat(AT_FDCWD, path, times, 0) == 0)
    }

    @Test func removedChainDayIsDroppedAndReported() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        try folder.remove("chain/2024-03-04.csv")
        let summary = try folder.prepare()
        #expect(summary.removed == ["chain/2024-03-04.csv"])
        #expect(summary.reportLines.contains("dropped 1 removed file (chain/2024-03-04.csv)"))
        let store = try PreparedStore(path: folder.store)
        #expect(try store.quotes(onDay: Day(year: 2024, month: 3, day: 4)!).isEmpty)
        #expect(try store.files().map(\.path).contains("chain/2024-03-04.csv") == false)
    }

    @Test func newChainDayIsReadAndSlotsInOrder() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare()
        let early = RawFolder.chain0304.replacingOccurrences(of: "2024-03-04T", with: "2024-02-29T")
        try folder.write("chain/2024-02-29.csv", early)
        let summary = try folder.prepare()
        #expect(summary.reread == ["chain/2024-02-29.csv"])
        let store = try PreparedStore(path: folder.store)
        #expect(try store.chainDays().map(\.day.description) == ["2024-02-29", "2024-03-01", "2024-03-04"])
        let incremental = try Content(folder.store)
        try folder.prepare(full: true)
        #expect(try Content(folder.store) == incremental)
    }

    @Test func parallelismDoesNotChangeTheResult() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        try folder.prepare(full: true, jobs: 1)
        let serial = try Content(folder.store)
        try folder.prepare(full: true, jobs: 4)
        #expect(try Content(folder.store) == serial)
    }

    @Test func lenientSkipsBadRowsCountsThemAndAStrictRunRereadsThoseFiles() throws {
        let folder = try RawFolder()
        defer { folder.cleanUp() }
        let header = RawFolder.chainHeader
        try folder.write(
            "chain/2024-03-04.csv",
            """
            \(header)
            2024-03-04T15:30:00+05:30,2024-03-07,22000,CE,180,181,180.5,5,100,22150
            2024-03-04T15:30:00+05:30,2024-03-07,22010,CE,1,2,1,5,100,22150
            2024-03-04T15:30:00+05:30,2024-03-07,22100,XX,1,2,1,5,100,22150
            2024-03-04T15:30:00+05:30,2024-03-07,22200,CE,3,2,1,5,100,22150

            """)
        try folder.write("usdinr.csv", "date,close\n2024-03-01,x\n2024-03-04,82.87\n")
        let summary = try folder.prepare(lenient: true)
        #expect(summary.skips.counts == [.offGrid: 1, .badOptionType: 1, .bidAboveAsk: 1, .badNumber: 1])
        #expect(summary.reportLines.contains("skipped 4 bad rows (--lenient):"))
        let store = try PreparedStore(path: folder.store)
        #expect(store.meta.isLenient)
        #expect(try store.quotes(onDay: Day(year: 2024, month: 3, day: 4)!).count == 1)
        #expect(try store.usdinr().map(\.close) == [82.87])

        let again = try folder.prepare(lenient: true)
        #expect(again.reread.isEmpty)
        #expect(again.skips.isEmpty)
        let error = try #require(throws: InputError.self) { try folder.prepare() }
        #expect(error.reason == .badNumber)
        #expect(error.line == 2)
    }
}

import Foundation
import MidasCore
import SQLiteKit

/// Reads an artifact: opened read-only with memory-mapped I/O, its packed BLOBs copied straight
/// into contiguous arrays, every double bit-identical to what was written.
///
/// A reader holds one SQLite connection: use it from one task at a time. The loaded
/// ``ArtifactContent`` is a plain `Sendable` value to share across tasks.
public final class ArtifactReader {
    /// The artifact's path.
    public let path: String
    private let database: Connection

    /// Opens the artifact at `path` and checks that it is one (its `application_id`).
    ///
    /// - Throws: ``InputError`` (`.missingFile`) when there is no file, ``ArtifactError`` when the
    ///   file is not a Midas artifact.
    public init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(.missingFile, file: path, detail: "no artifact at this path")
        }
        self.path = path
        Self.rollBackInterruptedUpdate(path: path)
        do {
            database = try Connection(path: path, mode: .readOnly)
            try database.execute("PRAGMA mmap_size = 4294967296")
            guard let id = try database.pragma("application_id"), Int32(id) == ArtifactSchema.applicationID else {
                throw ArtifactError(path: path, detail: "its application_id is not Midas's")
            }
        } catch let error as SQLiteError {
            throw ArtifactError(path: path, detail: error.message)
        }
    }

    /// Rolls back an in-place update (`ArtifactUpdater`) that a crash interrupted: a read-only
    /// connection may not replay the hot journal it left, a read-write one does so on its first read.
    /// Nothing happens without a journal, or while the updating process is still alive (it holds its lock).
    private static func rollBackInterruptedUpdate(path: String) {
        guard FileManager.default.fileExists(atPath: path + "-journal"),
            let recovery = try? Connection(path: path, mode: .readWrite)
        else { return }
        _ = try? recovery.pragma("schema_version")
        try? recovery.close()
    }

    /// Whether the file at `path` is a Midas artifact (an SQLite file with the artifact's `application_id`),
    /// e.g. to tell it from a prepared store; `false` for anything unreadable.
    public static func isArtifact(path: String) -> Bool {
        (try? ArtifactReader(path: path)) != nil
    }

    /// Reads and decodes the whole artifact into memory.
    ///
    /// - Throws: ``StaleArtifactError`` when the file's schema version is not the one this code reads,
    ///   ``ArtifactError`` when the file is damaged.
    public static func load(path: String) throws -> ArtifactContent {
        try ArtifactReader(path: path).load()
    }

    /// The schema version the file was written with (`PRAGMA user_version`).
    public func schemaVersion() throws -> Int32 {
        try guarded { Int32(try database.pragma("user_version") ?? "") ?? 0 }
    }

    /// The `meta` and `inputs` tables, readable whatever the schema version.
    public func meta() throws -> ArtifactMeta {
        try ArtifactMeta(values: metaValues(), inputs: inputs(), path: path)
    }

    /// Versions, symbol, ranges, counts and fingerprints, from the `meta` and `inputs` tables alone.
    public func summary() throws -> ArtifactSummary {
        try ArtifactSummary(meta: meta(), values: metaValues(), path: path)
    }

    /// Reads and decodes the whole artifact into memory.
    ///
    /// - Throws: ``StaleArtifactError`` when the file's schema version is not the one this code reads,
    ///   ``ArtifactError`` when the file is damaged.
    public func load() throws -> ArtifactContent {
        let version = try schemaVersion()
        guard version == Versions.artifactSchema else {
            throw StaleArtifactError(
                artifact: path,
                causes: [.schemaVersion(artifact: version, current: Versions.artifactSchema)],
                rebuildCommand: StaleArtifactError.rebuildCommand(artifact: path))
        }
        return try guarded {
            // One read transaction: an in-place update committed meanwhile is seen whole or not at all.
            try database.execute("BEGIN")
            defer { try? database.execute("COMMIT") }
            let meta = try meta()
            let timeline = try readTimeline()
            let (quotes, rows) = try readChains(count: Int(metaValues()["quote_count"] ?? "") ?? 0)
            guard rows.count == timeline.schedule.timestamps.count else {
                throw ArtifactError(path: path, detail: "the snapshot index does not match the chain schedule")
            }
            return ArtifactContent(meta: meta, timeline: timeline, quotes: quotes, snapshotRows: rows)
        }
    }

    /// Where each stored snapshot is and what its quotes were priced from, without loading the quotes:
    /// what an incremental precompute needs to decide which chains it can keep.
    public func storedChains() throws -> StoredChains {
        try guarded {
            try database.execute("BEGIN")
            defer { try? database.execute("COMMIT") }
            let meta = try meta()
            let names = try database.prepare("SELECT name FROM features ORDER BY feature")
            var features: [String] = []
            while try names.step() { features.append(names.string(at: 0) ?? "") }
            let statement = try database.prepare(
                "SELECT snapshot, timestamp, first_row, quote_count, underlying, spot FROM chain_snapshots ORDER BY snapshot"
            )
            var chains = StoredChains(meta: meta, featureNames: features)
            while try statement.step() {
                let count = statement.int(at: 3)
                guard statement.int(at: 0) == chains.timestamps.count, statement.int(at: 2) == chains.underlying.count,
                    let underlying = statement.withBlob(at: 4, { PackedArray.doubles($0, count: count) }),
                    let spot = statement.withBlob(at: 5, { PackedArray.doubles($0, count: count) })
                else {
                    throw ArtifactError(
                        path: path, detail: "chain_snapshots row \(statement.int(at: 0)) does not decode")
                }
                chains.timestamps.append(Timestamp(seconds: statement.int64(at: 1)))
                chains.rows.append(chains.underlying.count..<chains.underlying.count + count)
                chains.underlying += underlying
                chains.spot += spot
            }
            return chains
        }
    }

    func metaValues() throws -> [String: String] {
        try guarded {
            let statement = try database.prepare("SELECT key, value FROM meta")
            var values: [String: String] = [:]
            while try statement.step() {
                values[statement.string(at: 0) ?? ""] = statement.string(at: 1) ?? ""
            }
            return values
        }
    }

    private func inputs() throws -> [InputFingerprint] {
        try guarded {
            let statement = try database.prepare("SELECT partition, fingerprint FROM inputs ORDER BY partition")
            var inputs: [InputFingerprint] = []
            while try statement.step() {
                inputs.append(
                    InputFingerprint(
                        partition: statement.string(at: 0) ?? "",
                        fingerprint: Fingerprint(hex: statement.string(at: 1) ?? "")))
            }
            return inputs
        }
    }

    private func readTimeline() throws -> BarTimeline {
        let names = try database.prepare("SELECT name FROM features ORDER BY feature")
        var features: [String] = []
        while try names.step() { features.append(names.string(at: 0) ?? "") }

        let columns = ArtifactSchema.barColumns.joined(separator: ", ")
        let row = try database.prepare(
            "SELECT bar_count, feature_count, window_start, window_end, max_chain_age, \(columns) FROM bar_series")
        guard try row.step() else { throw ArtifactError(path: path, detail: "bar_series has no row") }
        let count = row.int(at: 0)
        guard count >= 0, row.int(at: 1) == features.count else {
            throw ArtifactError(path: path, detail: "bar_series counts do not match the features table")
        }
        var column: Int32 = 5
        func doubles(_ count: Int) throws -> [Double] {
            defer { column += 1 }
            return try decoded(row.withBlob(at: column) { PackedArray.doubles($0, count: count) }, column)
        }
        func integers<T: FixedWidthInteger & BitwiseCopyable>(_ type: T.Type) throws -> [T] {
            defer { column += 1 }
            return try decoded(row.withBlob(at: column) { PackedArray.integers($0, count: count, of: type) }, column)
        }
        func decoded<T>(_ values: T?, _ column: Int32) throws -> T {
            guard let values else {
                let name = ArtifactSchema.barColumns[Int(column) - 5]
                throw ArtifactError(path: path, detail: "bar_series.\(name) does not hold \(count) values")
            }
            return values
        }
        let timestamps = try integers(Int64.self)
        let (open, high, low, close, volume) = (
            try doubles(count), try doubles(count), try doubles(count), try doubles(count), try doubles(count)
        )
        let regimeCodes = try integers(UInt8.self)
        let snapshotOfBar = try integers(Int32.self)
        let dayIndexes = try integers(Int64.self)
        let values = try doubles(count * features.count)
        var bars: [Bar] = []
        bars.reserveCapacity(count)
        for i in 0..<count {
            bars.append(
                Bar(
                    timestamp: Timestamp(seconds: timestamps[i]), open: open[i], high: high[i], low: low[i],
                    close: close[i], volume: volume[i]))
        }
        var regimes: [Regime] = []
        regimes.reserveCapacity(count)
        for code in regimeCodes {
            guard let regime = Regime(rawValue: code) else {
                throw ArtifactError(path: path, detail: "bar_series.regime holds the unknown code \(code)")
            }
            regimes.append(regime)
        }
        let window = row.int(at: 2)..<max(row.int(at: 2), row.int(at: 3))
        let schedule = try readSchedule(maxAge: row.int64(at: 4))
        guard window.lowerBound >= 0, window.upperBound <= count,
            snapshotOfBar.allSatisfy({ $0 >= -1 && $0 < schedule.timestamps.count })
        else { throw ArtifactError(path: path, detail: "bar_series window or snapshot map out of range") }
        return BarTimeline(
            bars: bars, features: FeatureMatrix(names: features, values: values, dayIndexes: dayIndexes.map(Int.init)),
            regimes: regimes, snapshotOfBar: snapshotOfBar, schedule: schedule, window: window)
    }

    private func readSchedule(maxAge: Int64) throws -> ChainSchedule {
        let statement = try database.prepare("SELECT timestamp FROM chain_snapshots ORDER BY snapshot")
        var timestamps: [Timestamp] = []
        while try statement.step() { timestamps.append(Timestamp(seconds: statement.int64(at: 0))) }
        return ChainSchedule(timestamps: timestamps, maxAgeSeconds: maxAge)
    }

    private func readChains(count: Int) throws -> ([PricedQuote], [Range<Int>]) {
        let columns = QuoteColumns.names.joined(separator: ", ")
        let statement = try database.prepare(
            "SELECT snapshot, first_row, quote_count, \(columns) FROM chain_snapshots ORDER BY snapshot")
        var quotes: [PricedQuote] = []
        quotes.reserveCapacity(count)
        var rows: [Range<Int>] = []
        while try statement.step() {
            let snapshot = statement.int(at: 0)
            let first = statement.int(at: 1)
            let rowCount = statement.int(at: 2)
            guard snapshot == rows.count, first == quotes.count, rowCount >= 0 else {
                throw ArtifactError(path: path, detail: "chain_snapshots row \(snapshot) is out of sequence")
            }
            do {
                try QuoteColumns(row: statement, firstColumn: 3, count: rowCount).append(to: &quotes)
            } catch {
                throw ArtifactError(
                    path: path, detail: "chain_snapshots.\(error.name) of snapshot \(snapshot) does not decode")
            }
            rows.append(first..<first + rowCount)
        }
        return (quotes, rows)
    }

    /// Runs `body`, reporting SQLite failures as a damaged artifact.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw ArtifactError(path: path, detail: error.message)
        }
    }
}

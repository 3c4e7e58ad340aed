import Foundation
import MidasCore
import SQLiteKit

/// A prepared store opened for reading: the validated bars, daily series and chain quotes of one symbol.
///
/// Holds one SQLite connection, so, like it, a store is used from one task at a time; open one
/// per task to read in parallel. Missing prices read back as NaN.
public final class PreparedStore {
    /// The store's file path.
    public let path: String
    /// Symbol, timeframe, schema version.
    public let meta: PreparedMeta

    private let connection: Connection
    private let snapshotRange: Statement
    private let quoteRange: Statement

    /// Opens the store at `path` read-only.
    ///
    /// - Throws: `InputError.missingFile` when there is no file; ``PreparedStoreError`` when it is
    ///   not a prepared store or has another schema version (rebuild it with `midas prepare --full`).
    public init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(.missingFile, file: path, detail: "no prepared store here; run midas prepare")
        }
        self.path = path
        do {
            connection = try Connection(path: path, mode: .readOnly)
            let applicationID = try connection.pragma("application_id").flatMap { Int32($0) }
            guard applicationID == PreparedSchema.applicationID else {
                throw PreparedStoreError(path: path, detail: "not a Midas prepared store")
            }
            let version = try connection.pragma("user_version").flatMap { Int32($0) } ?? 0
            guard version == Versions.preparedSchema else {
                throw PreparedStoreError(
                    path: path,
                    detail: "prepared schema \(version), this midas reads \(Versions.preparedSchema); "
                        + "rebuild it with midas prepare --full")
            }
            meta = try PreparedStore.readMeta(connection, version: version, path: path)
            snapshotRange = try connection.prepare("SELECT first_id, count FROM chain_snapshots WHERE timestamp = ?")
            quoteRange = try connection.prepare(
                "SELECT \(PreparedSchema.quoteColumns) FROM quotes WHERE id >= ? AND id < ? ORDER BY id")
        } catch let error as SQLiteError {
            throw PreparedStoreError(path: path, detail: "cannot be read as a prepared store: \(error)")
        }
    }

    /// The underlying's bars in time order.
    public func bars() throws -> [Bar] {
        try rows("SELECT timestamp, open, high, low, close, volume FROM bars ORDER BY timestamp") { s in
            Bar(
                timestamp: Timestamp(seconds: s.int64(at: 0)), open: s.double(at: 1), high: s.double(at: 2),
                low: s.double(at: 3), close: s.double(at: 4), volume: s.double(at: 5))
        }
    }

    /// India VIX by day.
    public func vix() throws -> [VIXDay] {
        try rows("SELECT day, open, high, low, close FROM vix ORDER BY day") { s in
            VIXDay(
                day: Day(daysSinceEpoch: Int32(s.int64(at: 0))), open: s.double(at: 1), high: s.double(at: 2),
                low: s.double(at: 3), close: s.double(at: 4))
        }
    }

    /// FII net flows by day (empty when the raw data had none).
    public func fiiFlows() throws -> [FIIFlowDay] {
        try rows("SELECT day, index_futures_net, cash_net FROM fii ORDER BY day") { s in
            FIIFlowDay(
                day: Day(daysSinceEpoch: Int32(s.int64(at: 0))), indexFuturesNet: s.double(at: 1),
                cashNet: s.double(at: 2))
        }
    }

    /// USD/INR by day (empty when the raw data had none).
    public func usdinr() throws -> [USDINRDay] {
        try rows("SELECT day, close FROM usdinr ORDER BY day") { s in
            USDINRDay(day: Day(daysSinceEpoch: Int32(s.int64(at: 0))), close: s.double(at: 1))
        }
    }

    /// Every chain snapshot's time, ascending.
    public func chainTimestamps() throws -> [Timestamp] {
        try rows("SELECT timestamp FROM chain_snapshots ORDER BY timestamp") { Timestamp(seconds: $0.int64(at: 0)) }
    }

    /// The quotes of the snapshot taken at `timestamp`, in (expiry, type, strike) order; empty when there is none.
    public func quotes(at timestamp: Timestamp) throws -> [OptionQuote] {
        try snapshotRange.reset()
        try snapshotRange.bind(timestamp.seconds, at: 1)
        guard try snapshotRange.step() else { return [] }
        let first = snapshotRange.int64(at: 0)
        let count = snapshotRange.int64(at: 1)
        try snapshotRange.reset()
        return try quotes(first: first, count: count)
    }

    /// Every quote of a trading day, in (timestamp, expiry, type, strike) order; empty without a chain.
    public func quotes(onDay day: Day) throws -> [OptionQuote] {
        let range = try rows("SELECT first_id, count FROM chain_days WHERE day = \(day.daysSinceEpoch)") {
            ($0.int64(at: 0), $0.int64(at: 1))
        }
        guard let (first, count) = range.first else { return [] }
        return try quotes(first: first, count: count)
    }

    /// The trading days with a chain and each one's content fingerprint, ascending.
    public func chainDays() throws -> [(day: Day, fingerprint: Fingerprint)] {
        try rows("SELECT day, fingerprint FROM chain_days ORDER BY day") {
            (Day(daysSinceEpoch: Int32($0.int64(at: 0))), Fingerprint(hex: $0.string(at: 1) ?? ""))
        }
    }

    /// Every chain snapshot's time with the raw file it came from and that file's fingerprint, ascending by time.
    public func chainSnapshotSources() throws -> [(timestamp: Timestamp, path: String, fingerprint: Fingerprint)] {
        try rows(
            """
            SELECT s.timestamp, d.path, d.fingerprint FROM chain_snapshots s JOIN chain_days d ON d.day = s.day
            ORDER BY s.timestamp
            """
        ) { (Timestamp(seconds: $0.int64(at: 0)), $0.string(at: 1) ?? "", Fingerprint(hex: $0.string(at: 2) ?? "")) }
    }

    /// Snapshot count per chain day, ascending by day.
    public func snapshotsPerDay() throws -> [(day: Day, snapshots: Int)] {
        try rows("SELECT day, snapshots FROM chain_days ORDER BY day") {
            (Day(daysSinceEpoch: Int32($0.int64(at: 0))), $0.int(at: 1))
        }
    }

    /// The raw files the store was built from, by path.
    public func files() throws -> [PreparedFile] {
        try PreparedStore.files(connection, schema: "main")
    }

    /// Row counts of every table, in a fixed order (`bars`, `vix`, `fii`, `usdinr`, `quotes`, …).
    public func rowCounts() throws -> [(table: String, rows: Int)] {
        try PreparedSchema.dataTables.map { table in
            (table, try rows("SELECT count(*) FROM \(table)") { $0.int(at: 0) }[0])
        }
    }

    // MARK: - Reading helpers

    private func quotes(first: Int64, count: Int64) throws -> [OptionQuote] {
        try quoteRange.reset()
        try quoteRange.bind(first, at: 1)
        try quoteRange.bind(first + count, at: 2)
        var out: [OptionQuote] = []
        out.reserveCapacity(Int(count))
        while try quoteRange.step() { out.append(PreparedStore.quote(quoteRange)) }
        try quoteRange.reset()
        return out
    }

    private func rows<T>(_ sql: String, _ make: (Statement) -> T) throws -> [T] {
        try PreparedStore.rows(connection, sql, make)
    }

    static func rows<T>(_ connection: Connection, _ sql: String, _ make: (Statement) -> T) throws -> [T] {
        let statement = try connection.prepare(sql)
        var out: [T] = []
        while try statement.step() { out.append(make(statement)) }
        return out
    }

    /// A quote from a row of ``PreparedSchema/quoteColumns``.
    static func quote(_ s: Statement) -> OptionQuote {
        func optional(_ column: Int32) -> Double { s.isNull(at: column) ? .nan : s.double(at: column) }
        return OptionQuote(
            timestamp: Timestamp(seconds: s.int64(at: 0)), expiry: Day(daysSinceEpoch: Int32(s.int64(at: 1))),
            strike: s.double(at: 3), type: s.int64(at: 2) == 0 ? .call : .put, bid: optional(4), ask: optional(5),
            last: optional(6), settle: optional(7), volume: s.double(at: 8), openInterest: s.double(at: 9),
            underlying: optional(10), future: optional(11), lotSize: Int32(s.int64(at: 12)),
            referenceIV: optional(13))
    }

    static func files(_ connection: Connection, schema: String) throws -> [PreparedFile] {
        try rows(
            connection,
            "SELECT path, kind, size, mtime_ns, fingerprint, format, rows, skipped FROM \(schema).files ORDER BY path"
        ) { s in
            PreparedFile(
                path: s.string(at: 0) ?? "", kind: s.string(at: 1) ?? "", size: s.int64(at: 2),
                modificationTime: s.int64(at: 3), fingerprint: Fingerprint(hex: s.string(at: 4) ?? ""),
                format: s.string(at: 5) ?? "", rows: s.int(at: 6), skipped: s.int(at: 7))
        }
    }

    static func readMeta(_ connection: Connection, version: Int32, path: String, schema: String = "main") throws
        -> PreparedMeta
    {
        let pairs = try rows(connection, "SELECT key, value FROM \(schema).meta") {
            ($0.string(at: 0) ?? "", $0.string(at: 1) ?? "")
        }
        let values = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        guard let symbol = values["symbol"], let timeframe = values["timeframe"].flatMap(Timeframe.init(rawValue:))
        else { throw PreparedStoreError(path: path, detail: "its meta table lacks symbol or timeframe") }
        return PreparedMeta(
            schemaVersion: version, symbol: symbol, timeframe: timeframe, isLenient: values["lenient"] == "true",
            midasVersion: values["midas_version"] ?? "")
    }
}

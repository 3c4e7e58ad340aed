import Foundation
import MidasCore
import SQLiteKit

/// Builds a prepared store: a fresh SQLite file under a temporary name, filled in one
/// transaction with reused statements, then synced and renamed into place by ``finish()``.
///
/// Rows must be added in order: chain days ascending, each day's quotes sorted. Unchanged
/// content can be copied from the previous store (attached read-only as `previous`) instead of parsed.
final class PreparedStoreWriter {
    /// The statements reused for every row; released before the connection closes.
    private struct Statements {
        let quote: Statement
        let snapshot: Statement
        let day: Statement
        let file: Statement
    }

    private let file: SQLiteFileReplacement
    private let connection: Connection
    private var statements: Statements?
    private let hasPrevious: Bool
    private var nextQuoteID: Int64 = 1
    private var isFinished = false

    /// Creates the temporary store beside `path` with empty tables and the given metadata, attaching
    /// `previous` (an earlier store to copy unchanged content from) read-only.
    init(path: String, meta: PreparedMeta, previous: String?) throws {
        file = SQLiteFileReplacement(target: path)
        file.removeAbandoned()
        hasPrevious = previous != nil
        do {
            connection = try Connection(path: file.temporary, mode: .readWriteCreate)
            try connection.execute(
                """
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 8192;
                PRAGMA application_id = \(PreparedSchema.applicationID); PRAGMA user_version = \(meta.schemaVersion);
                """)
            try connection.execute(PreparedSchema.tables)
            if let previous {
                let uri =
                    "file:"
                    + previous.replacingOccurrences(of: "%", with: "%25")
                    .replacingOccurrences(of: "?", with: "%3f").replacingOccurrences(of: "#", with: "%23")
                try connection.execute(
                    "ATTACH DATABASE '\(uri.replacingOccurrences(of: "'", with: "''"))?mode=ro' AS previous")
            }
            try connection.execute("BEGIN")
            let insertMeta = try connection.prepare("INSERT INTO meta (key, value) VALUES (?, ?)")
            for (key, value) in [
                ("schema_version", String(meta.schemaVersion)), ("symbol", meta.symbol),
                ("timeframe", meta.timeframe.rawValue), ("lenient", meta.isLenient ? "true" : "false"),
                ("midas_version", meta.midasVersion),
            ] {
                try insertMeta.execute(.text(key), .text(value))
            }
            statements = Statements(
                quote: try connection.prepare(
                    "INSERT INTO quotes (id, \(PreparedSchema.quoteColumns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                snapshot: try connection.prepare(
                    "INSERT INTO chain_snapshots (timestamp, day, first_id, count) VALUES (?, ?, ?, ?)"),
                day: try connection.prepare(
                    "INSERT INTO chain_days (day, path, fingerprint, format, first_id, count, snapshots) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                file: try connection.prepare(
                    "INSERT INTO files (path, kind, size, mtime_ns, fingerprint, format, rows, skipped) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        } catch {
            file.discard()
            throw error
        }
    }

    deinit {
        if !isFinished { file.discard() }
    }

    // MARK: - Series

    func insert(bars: [Bar]) throws {
        let statement = try connection.prepare(
            "INSERT INTO bars (timestamp, open, high, low, close, volume) VALUES (?, ?, ?, ?, ?, ?)")
        for bar in bars {
            try statement.execute(
                .integer(bar.timestamp.seconds), .real(bar.open), .real(bar.high), .real(bar.low), .real(bar.close),
                .real(bar.volume))
        }
    }

    func insert(vix: [VIXDay]) throws {
        let statement = try connection.prepare("INSERT INTO vix (day, open, high, low, close) VALUES (?, ?, ?, ?, ?)")
        for row in vix {
            try statement.execute(
                .integer(Int64(row.day.daysSinceEpoch)), .real(row.open), .real(row.high), .real(row.low),
                .real(row.close))
        }
    }

    func insert(fii: [FIIFlowDay]) throws {
        let statement = try connection.prepare("INSERT INTO fii (day, index_futures_net, cash_net) VALUES (?, ?, ?)")
        for row in fii {
            try statement.execute(
                .integer(Int64(row.day.daysSinceEpoch)), .real(row.indexFuturesNet), .real(row.cashNet))
        }
    }

    func insert(usdinr: [USDINRDay]) throws {
        let statement = try connection.prepare("INSERT INTO usdinr (day, close) VALUES (?, ?)")
        for row in usdinr { try statement.execute(.integer(Int64(row.day.daysSinceEpoch)), .real(row.close)) }
    }

    /// Copies a whole series table (`bars`, `vix`, `fii`, `usdinr`) from the previous store.
    func copyTable(_ table: String) throws {
        try connection.execute("INSERT INTO main.\(table) SELECT * FROM previous.\(table)")
    }

    // MARK: - Chain

    /// Adds one day's sorted quotes, its snapshots and its fingerprint.
    func insertChainDay(_ day: Day, path: String, fingerprint: Fingerprint, format: String, quotes: [OptionQuote])
        throws
    {
        let firstID = nextQuoteID
        var snapshots = 0
        var start = 0
        while start < quotes.count {
            var end = start + 1
            while end < quotes.count, quotes[end].timestamp == quotes[start].timestamp { end += 1 }
            try statements!.snapshot.execute(
                .integer(quotes[start].timestamp.seconds), .integer(Int64(day.daysSinceEpoch)),
                .integer(nextQuoteID + Int64(start)), .integer(Int64(end - start)))
            snapshots += 1
            start = end
        }
        for quote in quotes { try insert(quote) }
        try statements!.day.execute(
            .integer(Int64(day.daysSinceEpoch)), .text(path), .text(fingerprint.hex), .text(format),
            .integer(firstID), .integer(Int64(quotes.count)), .integer(Int64(snapshots)))
    }

    /// Copies one day's quotes, snapshots and day row from the previous store, renumbering ids.
    func copyChainDay(_ day: Day) throws {
        let rows = try PreparedStore.rows(
            connection, "SELECT first_id, count FROM previous.chain_days WHERE day = \(day.daysSinceEpoch)"
        ) { ($0.int64(at: 0), $0.int64(at: 1)) }
        guard let (oldFirst, count) = rows.first else { return }
        let shift = nextQuoteID - oldFirst
        try connection.execute(
            """
            INSERT INTO main.quotes (id, \(PreparedSchema.quoteColumns))
                SELECT id + \(shift), \(PreparedSchema.quoteColumns) FROM previous.quotes
                WHERE id >= \(oldFirst) AND id < \(oldFirst + count) ORDER BY id;
            INSERT INTO main.chain_snapshots (timestamp, day, first_id, count)
                SELECT timestamp, day, first_id + \(shift), count FROM previous.chain_snapshots
                WHERE day = \(day.daysSinceEpoch) ORDER BY timestamp;
            INSERT INTO main.chain_days (day, path, fingerprint, format, first_id, count, snapshots)
                SELECT day, path, fingerprint, format, first_id + \(shift), count, snapshots FROM previous.chain_days
                WHERE day = \(day.daysSinceEpoch);
            """)
        nextQuoteID += count
    }

    private func insert(_ quote: OptionQuote) throws {
        let s = statements!.quote
        try s.bind(nextQuoteID, at: 1)
        try s.bind(quote.timestamp.seconds, at: 2)
        try s.bind(Int64(quote.expiry.daysSinceEpoch), at: 3)
        try s.bind(Int64(quote.type.rawValue), at: 4)
        try s.bind(quote.strike, at: 5)
        try bindOptional(quote.bid, at: 6)
        try bindOptional(quote.ask, at: 7)
        try bindOptional(quote.last, at: 8)
        try bindOptional(quote.settle, at: 9)
        try s.bind(quote.volume, at: 10)
        try s.bind(quote.openInterest, at: 11)
        try bindOptional(quote.underlying, at: 12)
        try bindOptional(quote.future, at: 13)
        try s.bind(Int64(quote.lotSize), at: 14)
        try bindOptional(quote.referenceIV, at: 15)
        _ = try s.step()
        try s.reset()
        nextQuoteID += 1
    }

    @inline(__always)
    private func bindOptional(_ value: Double, at index: Int32) throws {
        let s = statements!.quote
        if value.isNaN { try s.bindNull(at: index) } else { try s.bind(value, at: index) }
    }

    // MARK: - Files and finishing

    func insert(file record: PreparedFile) throws {
        try statements!.file.execute(
            .text(record.path), .text(record.kind), .integer(record.size), .integer(record.modificationTime),
            .text(record.fingerprint.hex), .text(record.format), .integer(Int64(record.rows)),
            .integer(Int64(record.skipped)))
    }

    /// Commits, closes, syncs and renames the store into place.
    func finish() throws {
        try connection.execute("COMMIT")
        if hasPrevious { try connection.execute("DETACH DATABASE previous") }
        statements = nil
        try connection.close()
        try file.commit()
        isFinished = true
    }
}

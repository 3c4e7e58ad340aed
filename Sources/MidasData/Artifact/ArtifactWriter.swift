import Foundation
import MidasCore
import SQLiteKit

/// Writes an artifact: one new SQLite file built under a temporary name in the target's folder,
/// loaded in one transaction, checked, synced and renamed over the previous artifact.
///
/// A failure at any step removes the temporary file and leaves the previous artifact byte-identical.
public enum ArtifactWriter {
    /// Writes `content` to `url`, replacing any artifact there.
    ///
    /// - Throws: ``SQLiteError`` or ``FileSystemError`` (exit 70) when the machine refuses, and
    ///   ``ArtifactError`` when the written file fails its integrity check.
    public static func write(_ content: ArtifactContent, to url: URL) throws {
        try write(content, to: url, beforeCommit: {})
    }

    /// Writes `content`, calling `beforeCommit` inside the load transaction (a test's point of failure).
    static func write(_ content: ArtifactContent, to url: URL, beforeCommit: () throws -> Void) throws {
        try AtomicFile.build(at: url) { temporary in
            let database = try Connection(path: temporary.path, mode: .readWriteCreate)
            try database.execute(
                """
                PRAGMA page_size = 65536; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;
                PRAGMA application_id = \(ArtifactSchema.applicationID);
                PRAGMA user_version = \(content.meta.schemaVersion);
                """)
            let features = content.timeline.features.names
            try database.transaction {
                try database.execute(ArtifactSchema.tables(features: features))
                try insertMeta(
                    content.meta, timeline: content.timeline, quoteCount: content.quotes.count,
                    snapshotCount: content.snapshotRows.count, into: database)
                try insertBarSeries(content.timeline, into: database)
                let snapshots = try snapshotStatement(database)
                let quotes = try chainQuoteStatement(database)
                for (snapshot, rows) in content.snapshotRows.enumerated() {
                    let time = content.timeline.schedule.timestamps[snapshot]
                    try insertSnapshot(
                        snapshot, timestamp: time, firstRow: rows.lowerBound, quotes: content.quotes[rows],
                        with: snapshots)
                }
                try insertBarContext(content.timeline, into: database)
                for (snapshot, rows) in content.snapshotRows.enumerated() {
                    try insertChainQuotes(
                        content.quotes[rows], timestamp: content.timeline.schedule.timestamps[snapshot], with: quotes)
                }
                try database.execute(ArtifactSchema.indexesAndViews(features: features))
                try beforeCommit()
            }
            let verdict = try database.pragma("integrity_check")
            guard verdict == "ok" else {
                throw ArtifactError(path: temporary.path, detail: "integrity check after writing: \(verdict ?? "")")
            }
            try database.close()
        }
    }

    /// Fills the `meta`, `inputs` and `features` tables.
    static func insertMeta(
        _ meta: ArtifactMeta, timeline: BarTimeline, quoteCount: Int, snapshotCount: Int, into database: Connection
    ) throws {
        let days = timeline.bars.map(\.timestamp.istDay)
        let windowDays = days[timeline.window]
        var entries = meta.entries
        entries += [
            ("bar_count", "\(timeline.bars.count)"),
            ("feature_count", "\(timeline.features.names.count)"),
            ("first_bar_day", days.first.map(\.description) ?? ""),
            ("last_bar_day", days.last.map(\.description) ?? ""),
            ("quote_count", "\(quoteCount)"),
            ("snapshot_count", "\(snapshotCount)"),
            ("window_first_day", windowDays.first.map(\.description) ?? ""),
            ("window_last_day", windowDays.last.map(\.description) ?? ""),
        ]
        let insertEntry = try database.prepare("INSERT INTO meta (key, value) VALUES (?, ?)")
        for entry in entries.sorted(by: { $0.key < $1.key }) {
            try insertEntry.execute(.text(entry.key), .text(entry.value))
        }
        let inputs = try database.prepare("INSERT INTO inputs (partition, fingerprint) VALUES (?, ?)")
        for input in meta.inputs {
            try inputs.execute(.text(input.partition), .text(input.fingerprint.hex))
        }
        let features = try database.prepare("INSERT INTO features (feature, name) VALUES (?, ?)")
        for (index, name) in timeline.features.names.enumerated() {
            try features.execute(.integer(Int64(index)), .text(name))
        }
    }

    /// Fills the `bar_series` row.
    static func insertBarSeries(_ timeline: BarTimeline, into database: Connection) throws {
        let bars = timeline.bars
        let blobs: [[UInt8]] = [
            PackedArray.bytes(bars.map(\.timestamp.seconds)), PackedArray.bytes(bars.map(\.open)),
            PackedArray.bytes(bars.map(\.high)), PackedArray.bytes(bars.map(\.low)),
            PackedArray.bytes(bars.map(\.close)), PackedArray.bytes(bars.map(\.volume)),
            PackedArray.bytes(timeline.regimes.map(\.rawValue)), PackedArray.bytes(timeline.snapshotOfBar),
            PackedArray.bytes(timeline.features.dayIndexes.map(Int64.init)),
            PackedArray.bytes(timeline.features.values),
        ]
        let columns = ArtifactSchema.barColumns.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: blobs.count).joined(separator: ", ")
        let insert = try database.prepare(
            """
            INSERT INTO bar_series (id, bar_count, feature_count, window_start, window_end, max_chain_age, \(columns))
            VALUES (1, ?, ?, ?, ?, ?, \(placeholders))
            """)
        let counts: [SQLiteValue] = [
            .integer(Int64(bars.count)), .integer(Int64(timeline.features.names.count)),
            .integer(Int64(timeline.window.lowerBound)), .integer(Int64(timeline.window.upperBound)),
            .integer(timeline.schedule.maxAgeSeconds),
        ]
        try insert.execute(counts + blobs.map { .blob($0) })
    }

    /// The statement that inserts one `chain_snapshots` row.
    static func snapshotStatement(_ database: Connection) throws -> Statement {
        let columns = QuoteColumns.names.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: QuoteColumns.names.count).joined(separator: ", ")
        return try database.prepare(
            """
            INSERT INTO chain_snapshots (snapshot, timestamp, first_row, quote_count, \(columns))
            VALUES (?, ?, ?, ?, \(placeholders))
            """)
    }

    /// Inserts one snapshot's row: its place and its quotes' packed columns.
    static func insertSnapshot(
        _ snapshot: Int, timestamp: Timestamp, firstRow: Int, quotes: ArraySlice<PricedQuote>, with insert: Statement
    ) throws {
        try insert.bind(snapshot, at: 1)
        try insert.bind(timestamp.seconds, at: 2)
        try insert.bind(firstRow, at: 3)
        try insert.bind(quotes.count, at: 4)
        for (offset, blob) in QuoteColumns(quotes).blobs.enumerated() {
            try blob.withUnsafeBytes { try insert.bind($0, at: Int32(5 + offset)) }
        }
        try insert.step()
        try insert.reset()
    }

    /// Fills the `bar_context` table.
    static func insertBarContext(_ timeline: BarTimeline, into database: Connection) throws {
        let features = timeline.features
        let columns = features.names.map { ", " + ArtifactSchema.identifier($0) }.joined()
        let placeholders = String(repeating: ", ?", count: features.names.count)
        let insert = try database.prepare(
            "INSERT INTO bar_context (timestamp, regime, chain_timestamp\(columns)) VALUES (?, ?, ?\(placeholders))")
        let timestamps = timeline.schedule.timestamps
        for (bar, value) in timeline.bars.enumerated() {
            try insert.bind(value.timestamp.seconds, at: 1)
            try insert.bind(Int(timeline.regimes[bar].rawValue), at: 2)
            if let snapshot = timeline.snapshotIndex(ofBar: bar) {
                try insert.bind(timestamps[snapshot].seconds, at: 3)
            } else {
                try insert.bindNull(at: 3)
            }
            for column in features.names.indices {
                try insert.bind(features.value(bar: bar, column: column), at: Int32(4 + column))
            }
            try insert.step()
            try insert.reset()
        }
    }

    /// The statement that inserts one `chain_quotes` row.
    static func chainQuoteStatement(_ database: Connection) throws -> Statement {
        try database.prepare(
            """
            INSERT INTO chain_quotes (chain_timestamp, expiry, option_type, strike, bid, ask, last, mark, mark_rule,
                underlying, forward, time_to_expiry, rate, iv, iv_status, delta, gamma, theta, vega)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts one snapshot's `chain_quotes` rows.
    static func insertChainQuotes(
        _ quotes: ArraySlice<PricedQuote>, timestamp: Timestamp, with insert: Statement
    ) throws {
        let time = timestamp.seconds
        for priced in quotes {
            let quote = priced.quote
            try insert.bind(time, at: 1)
            try insert.bind(Int(quote.expiry.daysSinceEpoch), at: 2)
            try insert.bind(Int(quote.type.rawValue), at: 3)
            try insert.bind(quote.strike, at: 4)
            try insert.bind(quote.bid, at: 5)
            try insert.bind(quote.ask, at: 6)
            try insert.bind(quote.last, at: 7)
            try insert.bind(priced.mark, at: 8)
            try insert.bind(Int(priced.markRule.rawValue), at: 9)
            try insert.bind(priced.spot, at: 10)
            try insert.bind(priced.forward, at: 11)
            try insert.bind(priced.timeToExpiry, at: 12)
            try insert.bind(priced.rate, at: 13)
            try insert.bind(priced.iv, at: 14)
            try insert.bind(Int(priced.ivStatus.rawValue), at: 15)
            try insert.bind(priced.delta, at: 16)
            try insert.bind(priced.gamma, at: 17)
            try insert.bind(priced.theta, at: 18)
            try insert.bind(priced.vega, at: 19)
            try insert.step()
            try insert.reset()
        }
    }
}

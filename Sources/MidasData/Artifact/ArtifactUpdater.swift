import Foundation
import MidasCore
import SQLiteKit

/// Updates an artifact in place, inside one SQLite transaction (rollback journal, synchronous):
/// an incremental precompute's way of writing only what changed.
///
/// The bar tables (`bar_series`, `bar_context`, with new feature columns when the regime settings
/// ask for other features) and `meta`, `inputs`, `features` are replaced whole (they are small); of the chain tables only the snapshots priced anew are inserted, the
/// rows of dropped snapshots deleted, and kept snapshots renumbered when earlier ones were added
/// or removed. The logical content is then the one ``ArtifactWriter`` would write (the views sort
/// their rows). SQLite's atomic commit gives readers — which read inside one transaction — the
/// old or the new content, never a mix; a crash before the commit is rolled back from the
/// journal by the next connection that opens the file.
public enum ArtifactUpdater {
    /// Where one snapshot of the updated artifact comes from.
    public enum Chain: Sendable {
        /// The stored snapshot with this index, kept as it is.
        case stored(Int)
        /// Quotes priced now, sorted by (expiry, type, strike).
        case priced([PricedQuote])
    }

    /// Rewrites the artifact at `path` (whose chain side is `stored`) to hold `timeline`, `meta`
    /// and `chains` (one per snapshot of `timeline.schedule`).
    ///
    /// - Throws: ``SQLiteError`` (exit 70) when the machine refuses or a reader holds the file past
    ///   the busy timeout; the artifact is then unchanged.
    public static func update(
        path: String, stored: StoredChains, meta: ArtifactMeta, timeline: BarTimeline, chains: [Chain]
    ) throws {
        precondition(chains.count == timeline.schedule.timestamps.count, "one chain per snapshot")
        let database = try Connection(path: path, mode: .readWrite)
        try database.execute("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;")
        let counts = chains.map { chain -> Int in
            switch chain {
            case .stored(let index): return stored.rows[index].count
            case .priced(let quotes): return quotes.count
            }
        }
        var firstRows: [Int] = []
        firstRows.reserveCapacity(counts.count)
        var total = 0
        for count in counts {
            firstRows.append(total)
            total += count
        }
        try database.transaction {
            try database.execute("DELETE FROM meta; DELETE FROM inputs; DELETE FROM features; DELETE FROM bar_series;")
            if stored.featureNames == timeline.features.names {
                try database.execute("DELETE FROM bar_context")
            } else {
                // Other regime settings, other feature columns: the bar context table and its view anew.
                let features = timeline.features.names
                try database.execute(
                    "DROP VIEW bar_context_v; DROP TABLE bar_context; "
                        + ArtifactSchema.barContextTable(features: features)
                        + ArtifactSchema.barContextView(features: features))
            }
            try ArtifactWriter.insertMeta(
                meta, timeline: timeline, quoteCount: total, snapshotCount: chains.count, into: database)
            try ArtifactWriter.insertBarSeries(timeline, into: database)
            try ArtifactWriter.insertBarContext(timeline, into: database)
            try updateChains(database, stored: stored, timeline: timeline, chains: chains, firstRows: firstRows)
        }
        try database.close()
    }

    private static func updateChains(
        _ database: Connection, stored: StoredChains, timeline: BarTimeline, chains: [Chain], firstRows: [Int]
    ) throws {
        var keptStored = [Bool](repeating: false, count: stored.timestamps.count)
        // Kept snapshots whose number or first row changes go to a negative number first (−1 − new
        // number), so that renumbering never collides with a row still in place.
        let move = try database.prepare("UPDATE chain_snapshots SET snapshot = ?, first_row = ? WHERE snapshot = ?")
        for (snapshot, chain) in chains.enumerated() {
            guard case .stored(let index) = chain else { continue }
            keptStored[index] = true
            if index != snapshot || stored.rows[index].lowerBound != firstRows[snapshot] {
                try move.execute(
                    .integer(Int64(-1 - snapshot)), .integer(Int64(firstRows[snapshot])), .integer(Int64(index)))
            }
        }
        let dropSnapshot = try database.prepare("DELETE FROM chain_snapshots WHERE snapshot = ?")
        let dropQuotes = try database.prepare("DELETE FROM chain_quotes WHERE chain_timestamp = ?")
        for index in stored.timestamps.indices where !keptStored[index] {
            try dropSnapshot.execute(.integer(Int64(index)))
            try dropQuotes.execute(.integer(stored.timestamps[index].seconds))
        }
        try database.execute("UPDATE chain_snapshots SET snapshot = -1 - snapshot WHERE snapshot < 0")
        let insertSnapshot = try ArtifactWriter.snapshotStatement(database)
        let insertQuotes = try ArtifactWriter.chainQuoteStatement(database)
        for (snapshot, chain) in chains.enumerated() {
            guard case .priced(let quotes) = chain else { continue }
            let time = timeline.schedule.timestamps[snapshot]
            try ArtifactWriter.insertSnapshot(
                snapshot, timestamp: time, firstRow: firstRows[snapshot], quotes: quotes[...], with: insertSnapshot)
            try ArtifactWriter.insertChainQuotes(quotes[...], timestamp: time, with: insertQuotes)
        }
    }
}

import MidasCore

/// The artifact's SQLite layout: machine tables of packed BLOBs, user tables and their views.
///
/// Machine tables (read by `run`, bit-exact): `meta` (key → value text), `inputs` (partition →
/// fingerprint), `features` (column → feature key), `bar_series` (one row: every bar column as a
/// BLOB), `chain_snapshots` (one row per snapshot: timestamp, row range, one BLOB per quote column).
/// User tables (for SQL clients): `bar_context` and `chain_quotes` (integers, REAL with NaN as NULL),
/// shown with ISO text by the views `bar_context_v` and `chain_quotes_v`.
enum ArtifactSchema {
    /// `PRAGMA application_id` of every artifact: ASCII "MIDA" (0x4D494441 = 1296647233).
    static let applicationID: Int32 = 0x4D49_4441

    /// The bar columns of `bar_series`, in table order.
    static let barColumns = [
        "timestamp", "open", "high", "low", "close", "volume", "regime", "snapshot", "day_index", "features",
    ]

    /// The tables, created empty before the load. `chain_quotes` is clustered on its key (rows arrive
    /// in key order, so the load only appends) and `bar_context` on its timestamp.
    static func tables(features: [String]) -> String {
        let quoteBlobs = QuoteColumns.names.map { "\($0) BLOB NOT NULL" }.joined(separator: ", ")
        let barBlobs = barColumns.map { "\($0) BLOB NOT NULL" }.joined(separator: ", ")
        return """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE inputs (partition TEXT PRIMARY KEY, fingerprint TEXT NOT NULL);
            CREATE TABLE features (feature INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE bar_series (
                id INTEGER PRIMARY KEY CHECK (id = 1), bar_count INTEGER NOT NULL, feature_count INTEGER NOT NULL,
                window_start INTEGER NOT NULL, window_end INTEGER NOT NULL, max_chain_age INTEGER NOT NULL,
                \(barBlobs));
            CREATE TABLE chain_snapshots (
                snapshot INTEGER PRIMARY KEY, timestamp INTEGER NOT NULL, first_row INTEGER NOT NULL,
                quote_count INTEGER NOT NULL, \(quoteBlobs));
            \(barContextTable(features: features))
            CREATE TABLE chain_quotes (
                chain_timestamp INTEGER NOT NULL, expiry INTEGER NOT NULL, option_type INTEGER NOT NULL,
                strike REAL NOT NULL, bid REAL, ask REAL, last REAL, mark REAL, mark_rule INTEGER NOT NULL,
                underlying REAL, forward REAL, time_to_expiry REAL, rate REAL, iv REAL, iv_status INTEGER NOT NULL,
                delta REAL, gamma REAL, theta REAL, vega REAL,
                PRIMARY KEY (chain_timestamp, expiry, option_type, strike)) WITHOUT ROWID;
            """
    }

    /// Secondary indexes and views, created after the load.
    static func indexesAndViews(features: [String]) -> String {
        """
        CREATE UNIQUE INDEX chain_snapshots_by_timestamp ON chain_snapshots (timestamp);
        \(barContextView(features: features))
        CREATE VIEW chain_quotes_v AS
            SELECT \(isoTime("chain_quotes.chain_timestamp")) AS chain_timestamp,
                date(chain_quotes.expiry * 86400, 'unixepoch') AS expiry, strike,
                \(label("chain_quotes.option_type", OptionType.allCases)) AS option_type,
                bid, ask, last, mark, \(label("chain_quotes.mark_rule", MarkRule.allCases)) AS mark_rule,
                underlying, forward, time_to_expiry, rate, iv,
                \(label("chain_quotes.iv_status", IVStatus.allCases)) AS iv_status, delta, gamma, theta, vega
            FROM chain_quotes
            ORDER BY chain_quotes.chain_timestamp, chain_quotes.expiry, chain_quotes.option_type,
                chain_quotes.strike;
        """
    }

    /// The `bar_context` table, one REAL column per feature.
    static func barContextTable(features: [String]) -> String {
        let featureColumns = features.map { ", \(identifier($0)) REAL" }.joined()
        return """
            CREATE TABLE bar_context (
                timestamp INTEGER PRIMARY KEY, regime INTEGER NOT NULL, chain_timestamp INTEGER\(featureColumns));
            """
    }

    /// The `bar_context_v` view over `bar_context`.
    static func barContextView(features: [String]) -> String {
        let featureColumns = features.map { ", \(identifier($0))" }.joined()
        return """
            CREATE VIEW bar_context_v AS
                SELECT \(isoTime("bar_context.timestamp")) AS timestamp,
                    \(label("bar_context.regime", Regime.allCases)) AS regime,
                    \(isoTime("bar_context.chain_timestamp")) AS chain_timestamp\(featureColumns)
                FROM bar_context ORDER BY bar_context.timestamp;
            """
    }

    /// A quoted SQL identifier.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// SQL for UTC seconds in `column` as IST ISO 8601 text, like `Timestamp.description`.
    private static func isoTime(_ column: String) -> String {
        "strftime('%Y-%m-%dT%H:%M:%S', \(column) + \(Timestamp.istOffset), 'unixepoch') || '+05:30'"
    }

    /// SQL mapping an enum's raw value in `column` to its description.
    private static func label<E: RawRepresentable & CustomStringConvertible>(_ column: String, _ cases: [E]) -> String
    where E.RawValue == UInt8 {
        let whens = cases.map { "WHEN \($0.rawValue) THEN '\($0.description)'" }.joined(separator: " ")
        return "CASE \(column) \(whens) END"
    }
}

import MidasCore

/// The prepared store's SQLite schema.
///
/// Instants are UTC seconds (`Timestamp.seconds`), days are days since 1970-01-01 (`Day`),
/// option types 0 = CE, 1 = PE, missing prices NULL. Quotes are stored in (timestamp, expiry,
/// option type, strike) order, so a snapshot is a contiguous rowid range (`chain_snapshots`)
/// and a day is one too (`chain_days`).
enum PreparedSchema {
    /// `PRAGMA application_id`: "MDPS" (Midas prepared store).
    static let applicationID: Int32 = 0x4D44_5053

    /// The tables, created empty.
    static let tables = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE files (
            path TEXT PRIMARY KEY, kind TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
            fingerprint TEXT NOT NULL, format TEXT NOT NULL, rows INTEGER NOT NULL, skipped INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE bars (
            timestamp INTEGER PRIMARY KEY, open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL,
            close REAL NOT NULL, volume REAL NOT NULL);
        CREATE TABLE vix (
            day INTEGER PRIMARY KEY, open REAL NOT NULL, high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL);
        CREATE TABLE fii (day INTEGER PRIMARY KEY, index_futures_net REAL NOT NULL, cash_net REAL NOT NULL);
        CREATE TABLE usdinr (day INTEGER PRIMARY KEY, close REAL NOT NULL);
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY, timestamp INTEGER NOT NULL, expiry INTEGER NOT NULL,
            option_type INTEGER NOT NULL, strike REAL NOT NULL, bid REAL, ask REAL, last REAL, settle REAL,
            volume REAL NOT NULL, open_interest REAL NOT NULL, underlying REAL, future REAL,
            lot_size INTEGER NOT NULL, reference_iv REAL);
        CREATE TABLE chain_snapshots (
            timestamp INTEGER PRIMARY KEY, day INTEGER NOT NULL, first_id INTEGER NOT NULL, count INTEGER NOT NULL);
        CREATE TABLE chain_days (
            day INTEGER PRIMARY KEY, path TEXT NOT NULL, fingerprint TEXT NOT NULL, format TEXT NOT NULL,
            first_id INTEGER NOT NULL, count INTEGER NOT NULL, snapshots INTEGER NOT NULL);
        """

    /// The quote columns, in the order `insertQuote` binds and `quotes` reads them.
    static let quoteColumns =
        "timestamp, expiry, option_type, strike, bid, ask, last, settle, volume, open_interest, underlying, future, lot_size, reference_iv"

    /// Every table with rows, in the order `inspect` lists them.
    static let dataTables = ["bars", "vix", "fii", "usdinr", "quotes", "chain_snapshots", "chain_days", "files"]
}

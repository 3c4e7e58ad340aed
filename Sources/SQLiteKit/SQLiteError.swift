import CSQLite

/// A failed SQLite call: the result code, SQLite's message, and the SQL that was running.
public struct SQLiteError: Error, CustomStringConvertible, Equatable {
    /// The (extended) SQLite result code, e.g. `SQLITE_CONSTRAINT_UNIQUE`.
    public var code: Int32
    /// SQLite's own message (`sqlite3_errmsg`).
    public var message: String
    /// The statement that failed, when there was one.
    public var sql: String?

    /// Creates an error value.
    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low byte of `code`).
    public var primaryCode: Int32 { code & 0xFF }

    /// A sentence naming the code, the message and the SQL.
    public var description: String {
        let name = String(cString: sqlite3_errstr(code))
        var text = "SQLite error \(code) (\(name)): \(message)"
        if let sql { text += " — in `\(sql)`" }
        return text
    }
}

import CSQLite

/// A compiled SQL statement: bind parameters, step through rows, read columns, reset, reuse.
///
/// A statement owns its `sqlite3_stmt*` (finalized in `deinit`) and keeps its ``Connection`` alive.
/// Like its connection it is not thread-safe: use it from one task at a time.
///
/// ```swift
/// let insert = try db.prepare("INSERT INTO quotes (strike, ltp) VALUES (?, ?)")
/// try db.transaction {
///     for quote in quotes { try insert.execute(.integer(quote.strike), .real(quote.ltp)) }
/// }
/// ```
public final class Statement {
    /// The connection this statement runs on.
    public let connection: Connection
    /// The SQL text the statement was compiled from.
    public let sql: String
    let handle: OpaquePointer
    /// Set when `step()` failed: `sqlite3_reset` then repeats that already-reported error.
    private var hasFailedStep = false

    init(connection: Connection, sql: String) throws {
        var compiled: OpaquePointer?
        let (code, remainder) = sql.withCString { text -> (Int32, String) in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v2(connection.handle, text, -1, &compiled, &tail)
            return (code, tail.map { String(cString: $0) } ?? "")
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(compiled)
            throw connection.error(code: code, sql: sql)
        }
        guard let compiled else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql)
        }
        let rest = remainder.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != ";" }
        guard rest.isEmpty else {
            sqlite3_finalize(compiled)
            throw SQLiteError(
                code: SQLITE_MISUSE, message: "prepare takes one statement; use execute(_:) for several", sql: sql)
        }
        self.connection = connection
        self.sql = sql
        self.handle = compiled
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Advances to the next row: `true` while a row is available to read, `false` when the statement is done.
    ///
    /// - Throws: ``SQLiteError`` (e.g. a constraint violation); call ``reset()`` before running it again.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            hasFailedStep = true
            throw connection.error(code: code, sql: sql)
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    public func reset() throws {
        let code = sqlite3_reset(handle)
        if hasFailedStep {
            hasFailedStep = false
            return
        }
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() throws {
        let code = sqlite3_clear_bindings(handle)
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }

    /// Binds `values` to the parameters in order, steps to the end and resets: one run of a write
    /// statement, as in a bulk insert.
    ///
    /// - Throws: ``SQLiteError`` with `SQLITE_RANGE` when the number of values differs from the number of
    ///   parameters, or the error of the run (the statement is reset either way).
    public func execute(_ values: SQLiteValue...) throws {
        try execute(values)
    }

    /// Binds `values` to the parameters in order, steps to the end and resets (see ``execute(_:)-variadic``).
    public func execute(_ values: [SQLiteValue]) throws {
        let parameterCount = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == parameterCount else {
            throw SQLiteError(
                code: SQLITE_RANGE, message: "\(values.count) values for \(parameterCount) parameters", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
        do {
            while try step() {}
        } catch {
            try? reset()
            throw error
        }
        try reset()
    }
}

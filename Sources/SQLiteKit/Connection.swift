import CSQLite

/// An open SQLite database connection.
///
/// A connection owns its `sqlite3*` handle and closes it in `deinit` (or earlier with ``close()``).
/// Statements prepared on it keep it alive, so a connection never closes under a live statement.
///
/// A connection is **not thread-safe** and deliberately not `Sendable`: a statement is a cursor whose
/// binding, stepping and reading must not interleave with other work, and ``changes`` or
/// ``lastInsertRowID`` only mean something when no other task ran in between. Use a connection from one
/// task at a time; to read in parallel, open one connection per task.
public final class Connection {
    /// How a database file is opened.
    public enum OpenMode: Sendable {
        /// Reading only; any write fails with `SQLITE_READONLY`.
        case readOnly
        /// Reading and writing an existing database; a missing file is an error.
        case readWrite
        /// Reading and writing, creating the database file when it does not exist.
        case readWriteCreate
    }

    /// The raw `sqlite3*` handle, valid until the connection closes.
    let handle: OpaquePointer
    private var isOpen = true

    /// Opens the database at `path` (a file path, or `":memory:"` for a private in-memory database).
    ///
    /// The path is passed to SQLite as a URI filename, so characters such as `?` or `#` in it are safe.
    /// The connection waits up to five seconds for locks held by other connections and reports
    /// extended result codes (e.g. `SQLITE_CONSTRAINT_UNIQUE`, 2067).
    ///
    /// - Parameters:
    ///   - mode: whether to read, write or also create the file.
    ///   - immutable: promise that no one changes the file while it is open (`immutable=1`): SQLite then
    ///     takes no locks and skips change detection, which is fastest for finished artifacts. An
    ///     immutable database is always opened read-only, whatever `mode` says.
    /// - Throws: ``SQLiteError`` when the file cannot be opened (e.g. `SQLITE_CANTOPEN`).
    public init(path: String, mode: OpenMode = .readWriteCreate, immutable: Bool = false) throws {
        var flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
        switch immutable ? .readOnly : mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        let uri = Self.uriFilename(path: path, immutable: immutable)
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(uri, &opened, flags, nil)
        guard let opened else {
            throw SQLiteError(code: SQLITE_NOMEM, message: "out of memory opening \(path)")
        }
        guard code == SQLITE_OK else {
            let error = SQLiteError(
                code: sqlite3_extended_errcode(opened),
                message: String(cString: sqlite3_errmsg(opened)) + " (\(path))")
            sqlite3_close_v2(opened)
            throw error
        }
        handle = opened
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, 5_000)
    }

    deinit {
        if isOpen { sqlite3_close_v2(handle) }
    }

    /// Closes the connection; later use of it is a programming error.
    ///
    /// - Throws: ``SQLiteError`` with `SQLITE_BUSY` while statements prepared on it are still alive;
    ///   the connection then stays open.
    public func close() throws {
        guard isOpen else { return }
        let code = sqlite3_close(handle)
        guard code == SQLITE_OK else { throw error(code: code, sql: nil) }
        isOpen = false
    }

    /// Runs one or more `;`-separated statements that return no rows of interest.
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Compiles a single SQL statement.
    ///
    /// - Throws: ``SQLiteError`` for a syntax error or unknown table, and `SQLITE_MISUSE` when `sql`
    ///   holds no statement or more than one (use ``execute(_:)`` for scripts).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Reads the value of a pragma, e.g. `pragma("journal_mode")` → `"wal"`; `nil` when it has none.
    ///
    /// `name` may carry a schema prefix (`"main.page_size"`) but nothing else.
    public func pragma(_ name: String) throws -> String? {
        let isIdentifier =
            !name.isEmpty
            && name.utf8.allSatisfy { byte in
                byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
        guard isIdentifier else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "not a pragma name: \(name)", sql: "PRAGMA \(name)")
        }
        let statement = try prepare("PRAGMA \(name)")
        return try statement.step() ? statement.string(at: 0) : nil
    }

    /// The number of rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open (the connection is not in autocommit mode).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The error SQLite reports for a failed call that returned `code`.
    func error(code: Int32, sql: String?) -> SQLiteError {
        var extended = sqlite3_extended_errcode(handle)
        if extended & 0xFF != code & 0xFF { extended = code }
        return SQLiteError(code: extended, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// `file:` URI for `path`: `%`, `?` and `#` are percent-encoded so they stay part of the path.
    static func uriFilename(path: String, immutable: Bool) -> String {
        var uri = path.hasPrefix("/") ? "file://" : "file:"
        for character in path.unicodeScalars {
            switch character {
            case "%": uri += "%25"
            case "?": uri += "%3f"
            case "#": uri += "%23"
            default: uri.unicodeScalars.append(character)
            }
        }
        if immutable { uri += "?immutable=1" }
        return uri
    }
}

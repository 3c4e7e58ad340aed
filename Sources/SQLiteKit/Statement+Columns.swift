import CSQLite

extension Statement {
    /// The number of columns in each result row.
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// The name of the result column at `column` (0-based).
    public func columnName(at column: Int32) -> String {
        String(cString: sqlite3_column_name(handle, column))
    }

    /// Whether the value at `column` (0-based) of the current row is NULL.
    public func isNull(at column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    /// The value at `column` (0-based) as a double; NULL reads as NaN, the project's missing number.
    public func double(at column: Int32) -> Double {
        isNull(at: column) ? .nan : sqlite3_column_double(handle, column)
    }

    /// The value at `column` (0-based) as a 64-bit integer; NULL reads as 0.
    public func int64(at column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    /// The value at `column` (0-based) as an integer; NULL reads as 0.
    public func int(at column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    /// The value at `column` (0-based) as UTF-8 text, or `nil` for NULL.
    public func string(at column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// A copy of the BLOB at `column` (0-based); NULL reads as no bytes.
    public func blob(at column: Int32) -> [UInt8] {
        withBlob(at: column) { Array($0) }
    }

    /// Calls `body` with the BLOB bytes at `column` (0-based) without copying them.
    ///
    /// The buffer is SQLite's own and is valid only inside `body`; NULL reads as an empty buffer.
    public func withBlob<T>(at column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let base = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeRawBufferPointer(start: count > 0 ? base : nil, count: count))
    }

    /// Calls `body` with the BLOB bytes of every column in `columns` (0-based) at once, without copying them.
    ///
    /// The buffers are SQLite's own (each column keeps its value in its own cell until the next step)
    /// and are valid only inside `body`; NULL reads as an empty buffer.
    public func withBlobs<T>(at columns: Range<Int32>, _ body: ([UnsafeRawBufferPointer]) throws -> T) rethrows -> T {
        let buffers = columns.map { column in
            let base = sqlite3_column_blob(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return UnsafeRawBufferPointer(start: count > 0 ? base : nil, count: count)
        }
        return try body(buffers)
    }

    /// The value at `column` (0-based) in its own storage class.
    public func value(at column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: .integer(int64(at: column))
        case SQLITE_FLOAT: .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT: .text(string(at: column) ?? "")
        case SQLITE_BLOB: .blob(blob(at: column))
        default: .null
        }
    }
}

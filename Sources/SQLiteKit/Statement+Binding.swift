import CSQLite

// MARK: - Binding by index

extension Statement {
    /// Binds a double to the parameter at `index` (1-based). SQLite stores NaN as NULL.
    public func bind(_ value: Double, at index: Int32) throws {
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds a 64-bit integer to the parameter at `index` (1-based).
    public func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds an integer to the parameter at `index` (1-based).
    public func bind(_ value: Int, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    /// Binds UTF-8 text to the parameter at `index` (1-based); SQLite copies it.
    public func bind(_ value: String, at index: Int32) throws {
        var text = value
        let code = text.withUTF8 { bytes in
            // A nil pointer would bind NULL, so the empty string gets a static empty C string.
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(handle, index, "", 0, csqlite_static())
            }
            return sqlite3_bind_text64(
                handle, index, base, UInt64(bytes.count), csqlite_transient(), UInt8(SQLITE_UTF8))
        }
        try check(code)
    }

    /// Binds bytes as a BLOB to the parameter at `index` (1-based); SQLite copies them.
    public func bind(_ value: [UInt8], at index: Int32) throws {
        try value.withUnsafeBytes { try bind($0, at: index) }
    }

    /// Binds the bytes in `buffer` as a BLOB to the parameter at `index` (1-based); SQLite copies them,
    /// so the buffer need not outlive the call. An empty buffer binds a zero-length BLOB, not NULL.
    public func bind(_ buffer: UnsafeRawBufferPointer, at index: Int32) throws {
        guard let base = buffer.baseAddress, !buffer.isEmpty else {
            return try check(sqlite3_bind_zeroblob(handle, index, 0))
        }
        try check(sqlite3_bind_blob64(handle, index, base, UInt64(buffer.count), csqlite_transient()))
    }

    /// Binds NULL to the parameter at `index` (1-based).
    public func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds a value of any storage class to the parameter at `index` (1-based).
    public func bind(_ value: SQLiteValue, at index: Int32) throws {
        switch value {
        case .integer(let integer): try bind(integer, at: index)
        case .real(let real): try bind(real, at: index)
        case .text(let text): try bind(text, at: index)
        case .blob(let bytes): try bind(bytes, at: index)
        case .null: try bindNull(at: index)
        }
    }

    /// The number of parameters in the statement.
    public var parameterCount: Int32 { sqlite3_bind_parameter_count(handle) }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw connection.error(code: code, sql: sql) }
    }
}

// MARK: - Binding by name

extension Statement {
    /// Binds a double to the named parameter (`"name"` or `":name"`).
    public func bind(_ value: Double, named name: String) throws {
        try bind(value, at: index(ofParameter: name))
    }

    /// Binds a 64-bit integer to the named parameter (`"name"` or `":name"`).
    public func bind(_ value: Int64, named name: String) throws {
        try bind(value, at: index(ofParameter: name))
    }

    /// Binds an integer to the named parameter (`"name"` or `":name"`).
    public func bind(_ value: Int, named name: String) throws {
        try bind(value, at: index(ofParameter: name))
    }

    /// Binds UTF-8 text to the named parameter (`"name"` or `":name"`).
    public func bind(_ value: String, named name: String) throws {
        try bind(value, at: index(ofParameter: name))
    }

    /// Binds bytes as a BLOB to the named parameter (`"name"` or `":name"`).
    public func bind(_ value: [UInt8], named name: String) throws {
        try bind(value, at: index(ofParameter: name))
    }

    /// Binds the bytes in `buffer` as a BLOB to the named parameter (`"name"` or `":name"`).
    public func bind(_ buffer: UnsafeRawBufferPointer, named name: String) throws {
        try bind(buffer, at: index(ofParameter: name))
    }

    /// Binds NULL to the named parameter (`"name"` or `":name"`).
    public func bindNull(named name: String) throws {
        try bindNull(at: index(ofParameter: name))
    }

    /// Binds a value of any storage class to the named parameter (`"name"` or `":name"`).
    public func bind(_ value: SQLiteValue, named name: String) throws {
        try bind(value, at: index(ofParameter: name))
    }

    /// The 1-based index of a named parameter; a bare name is looked up as `:name`.
    ///
    /// - Throws: ``SQLiteError`` with `SQLITE_RANGE` when the statement has no such parameter.
    public func index(ofParameter name: String) throws -> Int32 {
        let isPrefixed = name.first.map { ":@$".contains($0) } ?? false
        let fullName = isPrefixed ? name : ":" + name
        let index = sqlite3_bind_parameter_index(handle, fullName)
        guard index > 0 else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no parameter named \(fullName)", sql: sql)
        }
        return index
    }
}

import CSQLite
import Testing

@testable import SQLiteKit

struct StatementTests {
    @Test func bindsByIndexAndByName() throws {
        let db = try Connection(path: ":memory:")
        let select = try db.prepare("SELECT ?1 + :step, :label || ?1")
        try select.bind(40, at: 1)
        try select.bind(Int64(2), named: "step")
        try select.bind("n", named: ":label")
        #expect(try select.step())
        #expect(select.int(at: 0) == 42)
        #expect(select.string(at: 1) == "n40")
        #expect(try select.step() == false)
        #expect(try select.index(ofParameter: "step") == 2)
        let error = try #require(throws: SQLiteError.self) { try select.bind(1.5, named: "missing") }
        #expect(error.code == SQLITE_RANGE)
        #expect(error.message.contains(":missing"))
    }

    @Test func roundTripsEveryStorageClass() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)")
        let insert = try db.prepare("INSERT INTO t VALUES (:i, :r, :s, :b, :n)")
        try insert.bind(Int64.min, named: "i")
        try insert.bind(0.1, named: "r")
        try insert.bind("NIFTY 24500 CE · ₹", named: "s")
        try insert.bind([0, 1, 254, 255], named: "b")
        try insert.bindNull(named: "n")
        #expect(try insert.step() == false)

        let select = try db.prepare("SELECT i, r, s, b, n FROM t")
        #expect(try select.step())
        #expect(select.columnCount == 5)
        #expect((0..<5).map { select.columnName(at: $0) } == ["i", "r", "s", "b", "n"])
        #expect(select.int64(at: 0) == Int64.min)
        #expect(select.double(at: 1) == 0.1)
        #expect(select.string(at: 2) == "NIFTY 24500 CE · ₹")
        #expect(select.blob(at: 3) == [0, 1, 254, 255])
        #expect(select.isNull(at: 4))
        #expect(select.string(at: 4) == nil)
        #expect(select.double(at: 4).isNaN)
        #expect(select.int(at: 4) == 0)
        #expect(select.blob(at: 4) == [])
        #expect(select.value(at: 0) == .integer(Int64.min))
        #expect(select.value(at: 3) == .blob([0, 1, 254, 255]))
        #expect(select.value(at: 4) == .null)
    }

    @Test func emptyTextAndEmptyBlobAreNotNull() throws {
        let db = try Connection(path: ":memory:")
        let select = try db.prepare("SELECT ?, ?, typeof(?2)")
        try select.bind("", at: 1)
        try select.bind([UInt8](), at: 2)
        #expect(try select.step())
        #expect(select.string(at: 0) == "")
        #expect(!select.isNull(at: 1))
        #expect(select.blob(at: 1) == [])
        #expect(select.string(at: 2) == "blob")
    }

    @Test func readsBlobsWithoutCopying() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (b BLOB)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        let values: [Double] = [1.5, -2.25, 1e300]
        try values.withUnsafeBytes { try insert.bind($0, at: 1) }
        try insert.step()

        let select = try db.prepare("SELECT b FROM t")
        #expect(try select.step())
        let decoded = select.withBlob(at: 0) { bytes in
            #expect(bytes.baseAddress == sqlite3_column_blob(select.handle, 0))
            return Array(bytes.bindMemory(to: Double.self))
        }
        #expect(decoded == values)
    }

    /// SQLite has no NaN: a bound NaN is stored as NULL (read back here as NaN). A REAL column stores an
    /// integral value as an integer, so -0.0 comes back as +0.0; a column without affinity keeps the sign.
    @Test func realColumnsTurnNaNIntoNullAndLoseTheSignOfZero() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (r REAL, any)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?)")
        try insert.execute(.real(.nan), .real(.nan))
        try insert.execute(.real(-0.0), .real(-0.0))

        let select = try db.prepare("SELECT r, any, typeof(r), typeof(any) FROM t ORDER BY rowid")
        #expect(try select.step())
        #expect(select.isNull(at: 0) && select.isNull(at: 1))
        #expect(select.double(at: 0).isNaN)
        #expect(select.string(at: 2) == "null")
        #expect(try select.step())
        #expect(select.string(at: 2) == "real")
        #expect(select.double(at: 0) == 0 && select.double(at: 0).sign == .plus)
        #expect(select.double(at: 1) == 0 && select.double(at: 1).sign == .minus)
    }

    @Test func bulkInsertsHundredThousandRowsInOneTransaction() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (i INTEGER, x REAL, s TEXT)")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?)")
        try db.transaction {
            for i in 0..<100_000 {
                try insert.execute(.integer(Int64(i)), .real(Double(i) * 0.5), .text(i.isMultiple(of: 2) ? "e" : "o"))
            }
        }
        let select = try db.prepare("SELECT count(*), sum(i), sum(x), sum(s = 'e') FROM t")
        #expect(try select.step())
        #expect(select.int(at: 0) == 100_000)
        #expect(select.int64(at: 1) == 4_999_950_000)
        #expect(select.double(at: 2) == 2_499_975_000)
        #expect(select.int(at: 3) == 50_000)
    }

    @Test func resetRewindsAndKeepsBindingsUntilCleared() throws {
        let db = try Connection(path: ":memory:")
        let select = try db.prepare("SELECT ?")
        try select.bind(5, at: 1)
        #expect(try select.step())
        try select.reset()
        #expect(try select.step())
        #expect(select.int(at: 0) == 5)
        try select.reset()
        try select.clearBindings()
        #expect(try select.step())
        #expect(select.isNull(at: 0))
    }

    @Test func executeChecksTheNumberOfValues() throws {
        let db = try Connection(path: ":memory:")
        let select = try db.prepare("SELECT ?, ?")
        let error = try #require(throws: SQLiteError.self) { try select.execute(.integer(1)) }
        #expect(error.code == SQLITE_RANGE)
        #expect(error.sql == "SELECT ?, ?")
    }

    @Test func constraintViolationCarriesExtendedCodeAndSQL() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a INTEGER UNIQUE)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        try insert.execute(.integer(1))
        let error = try #require(throws: SQLiteError.self) { try insert.execute(.integer(1)) }
        #expect(error.code == 2067)
        #expect(error.primaryCode == SQLITE_CONSTRAINT)
        #expect(error.message == "UNIQUE constraint failed: t.a")
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        try insert.execute(.integer(2))
        #expect(db.lastInsertRowID == 2)
    }

    @Test func syntaxErrorsCarryTheSQL() throws {
        let db = try Connection(path: ":memory:")
        let prepared = try #require(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
        #expect(prepared.code == SQLITE_ERROR)
        #expect(prepared.message.contains("syntax error"))
        #expect(prepared.sql == "SELEC 1")
        let executed = try #require(throws: SQLiteError.self) { try db.execute("CREATE TABLE t (a); SELEC 1") }
        #expect(executed.code == SQLITE_ERROR)
        #expect(executed.sql == "CREATE TABLE t (a); SELEC 1")
    }

    @Test(arguments: ["", "  ;", "SELECT 1; SELECT 2"])
    func prepareWantsExactlyOneStatement(sql: String) throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.prepare(sql) }
        #expect(error.code == SQLITE_MISUSE)
        #expect(error.sql == sql)
    }
}

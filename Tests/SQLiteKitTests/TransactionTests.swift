import CSQLite
import Testing

@testable import SQLiteKit

struct TransactionTests {
    private struct Abort: Error, Equatable {}

    private func makeDatabase() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (a INTEGER UNIQUE)")
        return db
    }

    private func count(_ db: Connection) throws -> Int {
        let statement = try db.prepare("SELECT count(*) FROM t")
        _ = try statement.step()
        return statement.int(at: 0)
    }

    @Test func commitsAndReturnsTheBodysResult() throws {
        let db = try makeDatabase()
        let result = try db.transaction {
            try db.execute("INSERT INTO t VALUES (1), (2)")
            #expect(db.isInTransaction)
            return "done"
        }
        #expect(result == "done")
        #expect(!db.isInTransaction)
        #expect(try count(db) == 2)
    }

    @Test func rollsBackAndRethrowsTheBodysError() throws {
        let db = try makeDatabase()
        #expect(throws: Abort()) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES (1), (2)")
                throw Abort()
            }
        }
        #expect(!db.isInTransaction)
        #expect(try count(db) == 0)
    }

    @Test func rethrowsTheFirstSQLiteErrorAfterRollback() throws {
        let db = try makeDatabase()
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        let error = try #require(throws: SQLiteError.self) {
            try db.transaction {
                try insert.execute(.integer(1))
                try insert.execute(.integer(1))
            }
        }
        #expect(error.code == 2067)
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(try count(db) == 0)
    }

    @Test func doesNotNest() throws {
        let db = try makeDatabase()
        let error = try #require(throws: SQLiteError.self) {
            try db.transaction { try db.transaction { try db.execute("INSERT INTO t VALUES (1)") } }
        }
        #expect(error.sql == "BEGIN IMMEDIATE")
        #expect(!db.isInTransaction)
        #expect(try count(db) == 0)
    }
}

import CSQLite
import Foundation
import Testing

@testable import SQLiteKit

struct ConnectionTests {
    @Test func readWriteCreateMakesTheFileAndReadOnlyRefusesWrites() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("store.sqlite")
        let writer = try Connection(path: path)
        try writer.execute("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (7)")
        try writer.close()

        let reader = try Connection(path: path, mode: .readOnly)
        let select = try reader.prepare("SELECT a FROM t")
        #expect(try select.step())
        #expect(select.int(at: 0) == 7)
        let error = try #require(throws: SQLiteError.self) { try reader.execute("INSERT INTO t VALUES (8)") }
        #expect(error.primaryCode == SQLITE_READONLY)
        #expect(error.sql == "INSERT INTO t VALUES (8)")
    }

    @Test func readWriteRefusesAMissingFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("missing.sqlite")
        let error = try #require(throws: SQLiteError.self) { try Connection(path: path, mode: .readWrite) }
        #expect(error.primaryCode == SQLITE_CANTOPEN)
        #expect(error.message.contains("missing.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func pathsWithURICharactersNameTheFileLiterally() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("odd ?name#100%.sqlite")
        try Connection(path: path).execute("CREATE TABLE t (a)")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(Connection.uriFilename(path: "/a?b#c%d", immutable: true) == "file:///a%3fb%23c%25d?immutable=1")
        #expect(Connection.uriFilename(path: "rel.db", immutable: false) == "file:rel.db")
    }

    @Test func immutableReadsIgnoreAnotherConnectionsExclusiveLock() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("artifact.sqlite")
        let writer = try Connection(path: path)
        try writer.execute("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2), (3)")
        // An exclusive lock would make an ordinary reader wait out the busy timeout and fail with
        // SQLITE_BUSY; an immutable reader takes no locks at all.
        try writer.execute("BEGIN EXCLUSIVE")
        defer { try? writer.execute("ROLLBACK") }

        let reader = try Connection(path: path, mode: .readWriteCreate, immutable: true)
        let count = try reader.prepare("SELECT count(*) FROM t")
        #expect(try count.step())
        #expect(count.int(at: 0) == 3)
        let error = try #require(throws: SQLiteError.self) { try reader.execute("DELETE FROM t") }
        #expect(error.primaryCode == SQLITE_READONLY)
    }

    @Test func readsPragmas() throws {
        let folder = try TemporaryDirectory()
        let db = try Connection(path: folder.path("p.sqlite"))
        #expect(try db.pragma("journal_mode") == "delete")
        try db.execute("PRAGMA journal_mode = WAL; PRAGMA user_version = 42")
        #expect(try db.pragma("journal_mode") == "wal")
        #expect(try db.pragma("main.user_version") == "42")
        #expect(try db.pragma("busy_timeout") == "5000")
        let error = try #require(throws: SQLiteError.self) { try db.pragma("user_version = 1") }
        #expect(error.code == SQLITE_MISUSE)
    }

    @Test func reportsChangesAndLastInsertRowID() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER)")
        try db.execute("INSERT INTO t (a) VALUES (1), (2), (3)")
        #expect(db.changes == 3)
        #expect(db.lastInsertRowID == 3)
        try db.execute("UPDATE t SET a = a + 1 WHERE a >= 2")
        #expect(db.changes == 2)
    }

    @Test func closeRefusesWhileAStatementIsAlive() throws {
        let db = try Connection(path: ":memory:")
        var statement: Statement? = try db.prepare("SELECT 1")
        let error = try #require(throws: SQLiteError.self) { try db.close() }
        #expect(error.primaryCode == SQLITE_BUSY)
        #expect(try statement?.step() == true)
        statement = nil
        try db.close()
        try db.close()
    }
}

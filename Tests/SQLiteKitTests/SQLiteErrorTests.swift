import CSQLite
import Testing

@testable import SQLiteKit

struct SQLiteErrorTests {
    @Test func describesCodeMessageAndSQL() {
        let error = SQLiteError(code: 2067, message: "UNIQUE constraint failed: t.a", sql: "INSERT INTO t VALUES (1)")
        #expect(error.primaryCode == SQLITE_CONSTRAINT)
        #expect(error.description.contains("UNIQUE constraint failed: t.a"))
        #expect(error.description.contains("INSERT INTO t VALUES (1)"))
        #expect(error.description.contains("2067"))
    }
}

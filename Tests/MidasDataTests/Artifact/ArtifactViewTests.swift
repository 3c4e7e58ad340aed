import Foundation
import MidasCore
import SQLiteKit
import Testing

@testable import MidasData

struct ArtifactViewTests {
    private func rows(_ sql: String, in path: String) throws -> (columns: [String], rows: [[SQLiteValue]]) {
        let statement = try Connection(path: path, mode: .readOnly).prepare(sql)
        let columns = (0..<statement.columnCount).map(statement.columnName(at:))
        var rows: [[SQLiteValue]] = []
        while try statement.step() { rows.append((0..<statement.columnCount).map(statement.value(at:))) }
        return (columns, rows)
    }

    @Test func barContextViewShowsEveryBarWithISOTimesRegimeLabelsAndNullForNaN() throws {
        let folder = try ArtifactTestFolder()
        try ArtifactWriter.write(try ArtifactFixture.content(), to: folder.url.appendingPathComponent("a.sqlite"))
        let (columns, rows) = try rows("SELECT * FROM bar_context_v", in: folder.path("a.sqlite"))

        #expect(columns == ["timestamp", "regime", "chain_timestamp", "ret_1", "slope \"20\"", "vix"])
        #expect(rows.count == 10)
        #expect(
            rows[0] == [.text("2024-01-01T15:30:00+05:30"), .text("warmup"), .null, .real(0), .null, .real(1.0 / 3)])
        #expect(
            rows[4][0...2] == [
                .text("2024-01-05T15:30:00+05:30"), .text("trend_up"), .text("2024-01-04T15:30:00+05:30"),
            ])
        #expect(rows[3][1] == .text("range"))
        #expect(rows[6][1] == .text("high_vol"))
        #expect(rows[2][4] == .real(.infinity))
        #expect(rows[2][5] == .real(-.infinity))
        #expect(rows[3][4] == .real(ArtifactFixture.subnormal))
        #expect(rows[3][5] == .null)
    }

    @Test func chainQuotesViewShowsEveryQuoteInKeyOrder() throws {
        let folder = try ArtifactTestFolder()
        try ArtifactWriter.write(try ArtifactFixture.content(), to: folder.url.appendingPathComponent("a.sqlite"))
        let (columns, rows) = try rows("SELECT * FROM chain_quotes_v", in: folder.path("a.sqlite"))

        #expect(
            columns == [
                "chain_timestamp", "expiry", "strike", "option_type", "bid", "ask", "last", "mark", "mark_rule",
                "underlying", "forward", "time_to_expiry", "rate", "iv", "iv_status", "delta", "gamma", "theta",
                "vega",
            ])
        #expect(rows.count == 20)
        #expect(
            rows[2] == [
                .text("2024-01-04T15:30:00+05:30"), .text("2024-01-11"), .real(21_000), .text("PE"), .null,
                .real(103.5), .real(100.25), .real(102.75), .text("mid"), .real(21_010), .real(21_020.5),
                .real(9.0 / 365), .real(0.065), .real(0.1 + 2.0 / 100), .text("ok"), .real(-0.5), .real(0.0003),
                .real(-(1.0 / 3)), .real(11.5),
            ])
        #expect(rows[1][8] == .text("last"))
        #expect(rows[1][13] == .null)
        #expect(rows[1][14] == .text("below_intrinsic"))
        #expect(rows[19][0] == .text("2024-01-09T15:30:00+05:30"))
        #expect(rows[19][1] == .text("2024-01-18"))
    }
}

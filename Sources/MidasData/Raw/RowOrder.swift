import MidasCore

/// Keys that must strictly increase from row to row (bar timestamps, daily dates).
struct RowOrder<Key: Comparable & CustomStringConvertible> {
    private(set) var previous: Key?

    /// Accepts `key` after the previous accepted one, or throws `duplicate` / `notIncreasing`.
    mutating func accept(_ key: Key, in scanner: CSVScanner, column: CSVColumn) throws {
        if let previous {
            if key == previous { throw scanner.rowError(.duplicate, column, "\(key) appears twice") }
            if key < previous { throw scanner.rowError(.notIncreasing, column, "\(key) after \(previous)") }
        }
        previous = key
    }
}

extension CSVScanner {
    /// An instant in a daily or intraday series: ISO 8601, a plain ISO date, or NSE's `DD-MMM-YYYY`
    /// (dates mean their 15:30 IST close).
    func seriesTime(_ column: CSVColumn) throws -> Timestamp {
        if let index = column.index, let day = field(index).dayMonthNameYear() ?? field(index).monthDayYear() {
            return Timestamp(day: day, hour: 15, minute: 30)
        }
        return try timestamp(column)
    }

    /// Throws `emptyFile` when a read kept no rows.
    func requireRows(_ count: Int, skipped: RowSkips) throws {
        guard count == 0 else { return }
        let detail = skipped.isEmpty ? "no data rows" : "every row was skipped"
        throw InputError(.emptyFile, file: file, detail: detail)
    }
}

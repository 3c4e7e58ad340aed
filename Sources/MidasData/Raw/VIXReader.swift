import MidasCore

/// Reads India VIX: `date,open,high,low,close` (also NSE's download, `Date ,Open ,…` with `DD-MMM-YYYY`).
///
/// Dates strictly increase; levels are positive and finite; high ≥ low.
public enum VIXReader {
    /// Parses a VIX file's bytes; `file` names it in errors. With `lenient`, bad rows are skipped;
    /// `columns` renames the file's columns (canonical → file column, see ``ColumnMapping``).
    public static func read(_ bytes: [UInt8], file: String, lenient: Bool = false, columns: [String: String] = [:])
        throws -> ReadResult<VIXDay>
    {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = try CSVScanner(bytes: buffer, file: file)
            scanner.renameColumns(try scanner.header.renaming(columns, file: file))
            let date = try scanner.column("date")
            let open = try scanner.column("open")
            let high = try scanner.column("high")
            let low = try scanner.column("low")
            let close = try scanner.column("close")
            var rows: [VIXDay] = []
            var skips = RowSkips()
            var order = RowOrder<Day>()
            while scanner.next() {
                do {
                    try scanner.checkComplete()
                    let day = try scanner.day(date)
                    let row = VIXDay(
                        day: day, open: try scanner.price(open), high: try scanner.price(high),
                        low: try scanner.price(low), close: try scanner.price(close))
                    if row.high < row.low {
                        throw scanner.rowError(.highBelowLow, high, "high \(row.high) < low \(row.low)")
                    }
                    try order.accept(day, in: scanner, column: date)
                    rows.append(row)
                } catch let error as InputError where lenient {
                    skips.record(error)
                }
            }
            try scanner.requireRows(rows.count, skipped: skips)
            return ReadResult(rows: rows, skips: skips)
        }
    }
}

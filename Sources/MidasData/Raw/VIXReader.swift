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
        try DailySeriesReader.read(bytes, file: file, lenient: lenient, columns: columns) { scanner in
            let open = try scanner.column("open")
            let high = try scanner.column("high")
            let low = try scanner.column("low")
            let close = try scanner.column("close")
            return { scanner, day in
                let row = VIXDay(
                    day: day, open: try scanner.price(open), high: try scanner.price(high),
                    low: try scanner.price(low), close: try scanner.price(close))
                if row.high < row.low {
                    throw scanner.rowError(.highBelowLow, high, "high \(row.high) < low \(row.low)")
                }
                return row
            }
        }
    }
}

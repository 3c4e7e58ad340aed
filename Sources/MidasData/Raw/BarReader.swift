import MidasCore

/// Reads the underlying's bars: `timestamp,open,high,low,close,volume` (`volume` optional).
///
/// Also NSE's index history download (`Date,Open,High,Low,Close,Shares Traded,…`, dates like
/// `18-JAN-2023`). Timestamps strictly increase; prices are positive and finite; high ≥ low.
public enum BarReader {
    /// Parses a bars file's bytes; `file` names it in errors. With `lenient`, bad rows are skipped;
    /// `columns` renames the file's columns (canonical → file column, see ``ColumnMapping``).
    public static func read(_ bytes: [UInt8], file: String, lenient: Bool = false, columns: [String: String] = [:])
        throws -> ReadResult<Bar>
    {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = try CSVScanner(bytes: buffer, file: file)
            scanner.renameColumns(try scanner.header.renaming(columns, file: file))
            let time = try scanner.column(anyOf: ["timestamp", "date"])
            let open = try scanner.column("open")
            let high = try scanner.column("high")
            let low = try scanner.column("low")
            let close = try scanner.column("close")
            var volume = scanner.optionalColumn("volume")
            if volume.index == nil { volume = scanner.optionalColumn("shares traded") }
            var rows: [Bar] = []
            var skips = RowSkips()
            var order = RowOrder<Timestamp>()
            while scanner.next() {
                do {
                    try scanner.checkComplete()
                    let timestamp = try scanner.seriesTime(time)
                    let bar = Bar(
                        timestamp: timestamp, open: try scanner.price(open), high: try scanner.price(high),
                        low: try scanner.price(low), close: try scanner.price(close),
                        volume: try scanner.count(volume))
                    if bar.high < bar.low {
                        throw scanner.rowError(.highBelowLow, high, "high \(bar.high) < low \(bar.low)")
                    }
                    try order.accept(timestamp, in: scanner, column: time)
                    rows.append(bar)
                } catch let error as InputError where lenient {
                    skips.record(error)
                }
            }
            try scanner.requireRows(rows.count, skipped: skips)
            return ReadResult(rows: rows, skips: skips)
        }
    }
}

import MidasCore

/// Reads the USD/INR reference rate: `date,close`.
///
/// Dates strictly increase; rates are positive and finite.
public enum USDINRReader {
    /// Parses a USDINR file's bytes; `file` names it in errors. With `lenient`, bad rows are skipped;
    /// `columns` renames the file's columns (canonical → file column, see ``ColumnMapping``).
    public static func read(_ bytes: [UInt8], file: String, lenient: Bool = false, columns: [String: String] = [:])
        throws -> ReadResult<USDINRDay>
    {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = try CSVScanner(bytes: buffer, file: file)
            scanner.renameColumns(try scanner.header.renaming(columns, file: file))
            let date = try scanner.column("date")
            let close = try scanner.column("close")
            var rows: [USDINRDay] = []
            var skips = RowSkips()
            var order = RowOrder<Day>()
            while scanner.next() {
                do {
                    try scanner.checkComplete()
                    let day = try scanner.day(date)
                    let row = USDINRDay(day: day, close: try scanner.price(close))
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

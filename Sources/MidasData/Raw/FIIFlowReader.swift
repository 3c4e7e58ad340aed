import MidasCore

/// Reads FII net flows: `date,fii_index_fut_net,fii_cash_net` (INR crore; negative is selling).
///
/// Dates strictly increase; both values are finite numbers.
public enum FIIFlowReader {
    /// Parses an FII file's bytes; `file` names it in errors. With `lenient`, bad rows are skipped;
    /// `columns` renames the file's columns (canonical → file column, see ``ColumnMapping``).
    public static func read(_ bytes: [UInt8], file: String, lenient: Bool = false, columns: [String: String] = [:])
        throws -> ReadResult<FIIFlowDay>
    {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = try CSVScanner(bytes: buffer, file: file)
            scanner.renameColumns(try scanner.header.renaming(columns, file: file))
            let date = try scanner.column("date")
            let futures = try scanner.column("fii_index_fut_net")
            let cash = try scanner.column("fii_cash_net")
            var rows: [FIIFlowDay] = []
            var skips = RowSkips()
            var order = RowOrder<Day>()
            while scanner.next() {
                do {
                    try scanner.checkComplete()
                    let day = try scanner.day(date)
                    let row = FIIFlowDay(
                        day: day, indexFuturesNet: try scanner.number(futures, grouped: true),
                        cashNet: try scanner.number(cash, grouped: true))
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

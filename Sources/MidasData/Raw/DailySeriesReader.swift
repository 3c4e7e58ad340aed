import MidasCore

/// The row loop shared by the daily-series readers (VIX, FII flows, USDINR): one row per `date`,
/// dates strictly increasing, columns renamed by a `columns.yaml` mapping, bad rows skipped and
/// counted when `lenient`.
enum DailySeriesReader {
    /// Reads `bytes` with the row parser that `makeRow` builds once the header is known; the
    /// parser gets the scanner at a complete record and the record's day.
    static func read<Row>(
        _ bytes: [UInt8], file: String, lenient: Bool, columns: [String: String],
        makeRow: (CSVScanner) throws -> (CSVScanner, Day) throws -> Row
    ) throws -> ReadResult<Row> {
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = try CSVScanner(bytes: buffer, file: file)
            scanner.renameColumns(try scanner.header.renaming(columns, file: file))
            let date = try scanner.column("date")
            let parse = try makeRow(scanner)
            var rows: [Row] = []
            var skips = RowSkips()
            var order = RowOrder<Day>()
            while scanner.next() {
                do {
                    try scanner.checkComplete()
                    let day = try scanner.day(date)
                    let row = try parse(scanner, day)
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

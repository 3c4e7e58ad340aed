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
        try DailySeriesReader.read(bytes, file: file, lenient: lenient, columns: columns) { scanner in
            let futures = try scanner.column("fii_index_fut_net")
            let cash = try scanner.column("fii_cash_net")
            return { scanner, day in
                FIIFlowDay(
                    day: day, indexFuturesNet: try scanner.number(futures, grouped: true),
                    cashNet: try scanner.number(cash, grouped: true))
            }
        }
    }
}

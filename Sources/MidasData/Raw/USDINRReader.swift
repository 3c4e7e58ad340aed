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
        try DailySeriesReader.read(bytes, file: file, lenient: lenient, columns: columns) { scanner in
            let close = try scanner.column("close")
            return { scanner, day in USDINRDay(day: day, close: try scanner.price(close)) }
        }
    }
}

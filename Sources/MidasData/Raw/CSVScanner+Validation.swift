import MidasCore

/// Reading validated values from the current record: each failure is an `InputError` naming the
/// file, the record's line and the column.
extension CSVScanner {
    /// A required column.
    func column(_ name: String) throws -> CSVColumn {
        CSVColumn(name: name, index: try header.require(name, file: file))
    }

    /// The first present of several accepted names for one column; the error names the first.
    func column(anyOf names: [String]) throws -> CSVColumn {
        for name in names {
            if let index = header.index(of: name) { return CSVColumn(name: name, index: index) }
        }
        return try column(names[0])
    }

    /// An optional column.
    func optionalColumn(_ name: String) -> CSVColumn {
        CSVColumn(name: name, index: header.index(of: name))
    }

    /// An error about the current record.
    func rowError(_ reason: InputError.Reason, _ column: CSVColumn?, _ detail: String) -> InputError {
        InputError(reason, file: file, line: line, field: column?.name, detail: detail)
    }

    /// Rejects a last line cut short or a row with fewer fields than the header.
    func checkComplete() throws {
        if isTruncated {
            throw rowError(.truncatedLine, nil, "the file ends in the middle of this row")
        }
        if !isComplete {
            throw rowError(
                .badValue, nil, "the row has \(fieldCount) fields, the header \(header.requiredFieldCount)")
        }
    }

    /// The text of a column in the current record, quoted for a message.
    func quoted(_ column: CSVColumn) -> String {
        guard let index = column.index else { return "''" }
        return "'\(field(index).string)'"
    }

    /// A number that must be present.
    func number(_ column: CSVColumn, grouped: Bool = false) throws -> Double {
        let value = try optionalNumber(column, grouped: grouped)
        if value.isNaN { throw rowError(.badNumber, column, "empty, a number is required") }
        return value
    }

    /// A number, or NaN when the field is empty or the column absent.
    func optionalNumber(_ column: CSVColumn, grouped: Bool = false) throws -> Double {
        guard let index = column.index else { return .nan }
        switch field(index).number(grouped: grouped) {
        case .value(let value): return value
        case .missing: return .nan
        case .notFinite: throw rowError(.notFinite, column, quoted(column))
        case .invalid: throw rowError(.badNumber, column, quoted(column))
        }
    }

    /// A price that must be present and positive.
    func price(_ column: CSVColumn, grouped: Bool = false) throws -> Double {
        let value = try number(column, grouped: grouped)
        if value <= 0 { throw rowError(.nonPositivePrice, column, quoted(column)) }
        return value
    }

    /// A price that may be missing (NaN); when present it must be positive, or zero with `allowZero`
    /// (a quote with no bid, no trade).
    func optionalPrice(_ column: CSVColumn, allowZero: Bool, grouped: Bool = false) throws -> Double {
        let value = try optionalNumber(column, grouped: grouped)
        if value < 0 || (value == 0 && !allowZero) { throw rowError(.nonPositivePrice, column, quoted(column)) }
        return value
    }

    /// A count (volume, open interest): 0 when missing, never negative.
    func count(_ column: CSVColumn, grouped: Bool = false) throws -> Double {
        let value = try optionalNumber(column, grouped: grouped)
        if value.isNaN { return 0 }
        if value < 0 { throw rowError(.badValue, column, "\(quoted(column)) is negative") }
        return value
    }

    /// A date: `YYYY-MM-DD`, or NSE's `DD-MMM-YYYY` or `M/D/YYYY`.
    func day(_ column: CSVColumn) throws -> Day {
        guard let index = column.index else { throw rowError(.missingColumn, column, "") }
        let value = field(index)
        if let day = value.isoDay() ?? value.dayMonthNameYear() ?? value.monthDayYear() { return day }
        throw rowError(.badDate, column, "\(quoted(column)), expected YYYY-MM-DD")
    }

    /// An instant: ISO 8601 with an offset, or a plain date meaning 15:30 IST.
    func timestamp(_ column: CSVColumn) throws -> Timestamp {
        guard let index = column.index else { throw rowError(.missingColumn, column, "") }
        if let timestamp = field(index).timestamp() { return timestamp }
        throw rowError(.badDate, column, "\(quoted(column)), expected ISO 8601 with an offset or YYYY-MM-DD")
    }

    /// `CE` or `PE`.
    func optionType(_ column: CSVColumn) throws -> OptionType {
        guard let index = column.index else { throw rowError(.missingColumn, column, "") }
        if let type = field(index).optionType() { return type }
        throw rowError(.badOptionType, column, "\(quoted(column)), expected CE or PE")
    }
}

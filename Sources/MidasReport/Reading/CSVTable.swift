import Foundation
import MidasCore

/// A CSV file read back with named columns: the header, then data rows whose fields are looked up by column
/// name, numbers parsed with errors naming the file, line and column.
struct CSVTable {
    /// The file the table was read from, for error messages.
    var file: String
    /// The header's column names.
    var header: [String]
    /// The data rows (header excluded), in file order.
    var rows: [[String]]

    /// Reads the CSV file at `url`.
    ///
    /// - Throws: ``InputError`` (`missingFile`) when the file is missing, (`emptyFile`) when it has no header,
    ///   (`badValue`) when it cannot be read or a quoted field never closes.
    init(url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw InputError(.missingFile, file: url.path)
        }
        try self.init(parsing: try RunFolder.contents(of: url), file: url.path)
    }

    /// Reads CSV text from `bytes`; `file` names it in errors.
    init(parsing bytes: [UInt8], file: String) throws {
        var records = try CSVRecords(parsing: bytes, file: file).records
        guard !records.isEmpty else { throw InputError(.emptyFile, file: file) }
        self.file = file
        header = records.removeFirst()
        rows = records
    }

    /// The position of the column `name`, or `nil` when the header lacks it.
    func position(of name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// The position of the column `name`.
    ///
    /// - Throws: ``InputError`` (`missingColumn`) when the header lacks it.
    func requiredPosition(of name: String) throws -> Int {
        guard let position = position(of: name) else {
            throw InputError(.missingColumn, file: file, line: 1, field: name)
        }
        return position
    }

    /// The text of data row `row` (0-based) at column `position`; empty past the row's end.
    func text(row: Int, at position: Int) -> String {
        position < rows[row].count ? rows[row][position] : ""
    }

    /// The number in data row `row` (0-based) at column `position`: NaN for an empty field.
    ///
    /// - Throws: ``InputError`` (`badNumber`) naming the file's line and the column.
    func number(row: Int, at position: Int) throws -> Double {
        let text = text(row: row, at: position)
        if text.isEmpty { return .nan }
        guard let value = Double(text) else {
            throw InputError(.badNumber, file: file, line: row + 2, field: header[position], detail: text)
        }
        return value
    }
}

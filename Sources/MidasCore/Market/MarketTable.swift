import Foundation

/// A small CSV table of market facts (holidays, special sessions, expiry rules, lot sizes).
///
/// The facts ship as resource files so a user can correct or extend them without touching
/// code. The format is deliberately plain: a header row, comma-separated fields without
/// quoting, `#` comment lines and blank lines ignored. Every error names the file, line and
/// column.
struct MarketTable {
    /// One data row: its 1-based line number in the file and its fields by column.
    struct Row {
        /// The file the row came from (for errors).
        var file: String
        /// 1-based line number in the file.
        var line: Int
        /// The header's column names.
        var columns: [String]
        /// The row's fields, trimmed.
        var fields: [String]

        /// The trimmed text of a column (empty when the row is short).
        func text(_ column: String) -> String {
            guard let index = columns.firstIndex(of: column), index < fields.count else { return "" }
            return fields[index]
        }

        /// A required `YYYY-MM-DD` date.
        func day(_ column: String) throws -> Day {
            guard let day = try optionalDay(column) else {
                throw InputError(.badDate, file: file, line: line, field: column, detail: "empty")
            }
            return day
        }

        /// An optional `YYYY-MM-DD` date (`nil` when the field is empty).
        func optionalDay(_ column: String) throws -> Day? {
            let value = text(column)
            if value.isEmpty { return nil }
            guard let day = Day(iso: value) else {
                throw InputError(.badDate, file: file, line: line, field: column, detail: "'\(value)'")
            }
            return day
        }

        /// A required positive integer.
        func positiveInteger(_ column: String) throws -> Int {
            let value = text(column)
            guard let number = Int(value), number > 0 else {
                throw InputError(.badNumber, file: file, line: line, field: column, detail: "'\(value)'")
            }
            return number
        }

        /// A wall-clock time `HH:MM`, as seconds after midnight.
        func timeOfDay(_ column: String) throws -> Int {
            let value = text(column)
            let parts = value.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
                (0..<24).contains(hour), (0..<60).contains(minute)
            else {
                throw InputError(.badDate, file: file, line: line, field: column, detail: "'\(value)', want HH:MM")
            }
            return hour * 3600 + minute * 60
        }

        /// An error about this row's column.
        func error(_ reason: InputError.Reason, _ column: String?, _ detail: String) -> InputError {
            InputError(reason, file: file, line: line, field: column, detail: detail)
        }
    }

    /// The name reported in errors.
    let file: String
    /// The header's column names.
    let columns: [String]
    /// The data rows in file order.
    let rows: [Row]

    /// Parses `text`, requiring every column in `required`.
    init(text: String, file: String, required: [String]) throws {
        self.file = file
        var header: [String]?
        var parsed: [(Int, [String])] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            var line = rawLine
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if header == nil { header = fields } else { parsed.append((lineNumber, fields)) }
        }
        guard let header else { throw InputError(.emptyFile, file: file) }
        columns = header
        for column in required where !header.contains(column) {
            throw InputError(.missingColumn, file: file, line: 1, field: column)
        }
        rows = parsed.map { Row(file: file, line: $0.0, columns: header, fields: $0.1) }
    }

    /// Reads and parses a file.
    init(contentsOf url: URL, required: [String]) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(.missingFile, file: url.path)
        }
        try self.init(text: String(decoding: data, as: UTF8.self), file: url.path, required: required)
    }

    /// Parses a resource file shipped with MidasCore.
    ///
    /// The bundled tables are part of the build: one that is missing or malformed is a
    /// packaging defect, so this stops the program with the parse error.
    static func bundled(_ name: String, required: [String]) -> MarketTable {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources")
        else { fatalError("MidasCore resource Resources/\(name).csv is missing") }
        do {
            return try MarketTable(contentsOf: url, required: required)
        } catch {
            fatalError("MidasCore resource Resources/\(name).csv is malformed: \(error)")
        }
    }
}

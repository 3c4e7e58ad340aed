@testable import MidasData

/// Scans CSV text and returns the header and each record's fields as strings, with line numbers.
func scanRecords(_ text: String) throws -> (header: CSVHeader, rows: [(line: Int, fields: [String], truncated: Bool)]) {
    try Array(text.utf8).withUnsafeBufferPointer { buffer in
        var scanner = try CSVScanner(bytes: buffer, file: "test.csv")
        var rows: [(line: Int, fields: [String], truncated: Bool)] = []
        while scanner.next() {
            rows.append(
                (scanner.line, (0..<scanner.fieldCount).map { scanner.field($0).string }, scanner.isTruncated))
        }
        return (scanner.header, rows)
    }
}

/// Runs `body` on a field holding `text`.
func withField<T>(_ text: String, _ body: (CSVField) -> T) -> T {
    Array(text.utf8).withUnsafeBufferPointer { body(CSVField(bytes: $0)) }
}
